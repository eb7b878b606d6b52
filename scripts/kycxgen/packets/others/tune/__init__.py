"""Out-of-scope templates the readers may be tuned on."""
