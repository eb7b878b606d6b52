"""Out-of-scope templates kept out of tuning: they measure how the splitter and
classifier do on documents nobody looked at while writing them."""
