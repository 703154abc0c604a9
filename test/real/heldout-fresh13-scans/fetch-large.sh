#!/bin/sh
# Fetches the held-out scans of this folder too large to commit (see SOURCES.md) and checks their sha256.
# Whole files of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh13-scans/fetch-large.sh
# With a local clone: SGD_GIT_DIR=/path/to/sgd/.git sh test/real/heldout-fresh13-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh13-scans
. test/real/fetch-lib.sh
c=7efbc9cc2e2e20e63dc5d03bf767b911e87943a2
fetch dangquocdung/sgd $c "uploads/2015/4/documents/35KHCX0001.pdf" s01_KH_district_camxuyen_35-KH-UBND_colour300.pdf a035bd0f23af0902104ccce3feb128d9176fc80dbc657c7deb6493cea47edf12 "${SGD_GIT_DIR:-}"
fetch dangquocdung/sgd $c "uploads/2015/4/documents/305SCT0001.pdf" s06_CV_province_hatinh_305-SCT-KHTC_colour300.pdf 1ac63e15aec4d35d1a1ce79566079368fdc8f1eeced64818307cc7c36867fdfd "${SGD_GIT_DIR:-}"
