#!/bin/sh
# Fetches the held-out documents too large to commit (see SOURCES.md) and checks their sha256.
# Run from the repository root: sh test/real/heldout-tasks/fetch-large.sh
# (or PARSING_PDF_GIT_DIR=<bare clone of DoPhuoc0805/Parsing-data-from-PDF> sh …)
set -eu
dir=test/real/heldout-tasks
. test/real/fetch-lib.sh
fetch DoPhuoc0805/Parsing-data-from-PDF f6713ccf21510a6c4d90e63daf77bd5982f0aab0 "data/raw/CV 6582.pdf" t05_CV_city_6582-SYT-hanoi.pdf a86338b3b2c59c584b2e83e63fb85f0130d1aeeeb04f6a3e78044bda21512502 "${PARSING_PDF_GIT_DIR:-}"
