# Every third-party dependency, found once. All come from Debian 12 packages
# (see scripts/setup).
find_package(PkgConfig REQUIRED)
pkg_check_modules(Tesseract REQUIRED IMPORTED_TARGET tesseract>=5)
pkg_check_modules(Leptonica REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(PNG REQUIRED IMPORTED_TARGET libpng)  # PNG straight to grey (Leptonica goes through RGB)
pkg_check_modules(Deflate REQUIRED IMPORTED_TARGET libdeflate)  # one-pass inflate of plain PNGs
pkg_check_modules(PopplerCpp REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)

find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs calib3d)
find_package(TBB REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(tl-expected REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(ZXing REQUIRED)
find_package(valijson REQUIRED)
find_package(SQLite3 REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)  # PostgreSQL job store (libpqxx-dev)
find_package(Threads REQUIRED)
find_package(CURL REQUIRED)  # the LLM client (libcurl4-openssl-dev)
pkg_check_modules(CppHttplib IMPORTED_TARGET cpp-httplib)  # loopback test server of the LLM tests
