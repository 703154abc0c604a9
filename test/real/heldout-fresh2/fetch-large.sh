#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of a public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh2/fetch-large.sh
# With a local bare clone: TTPL_GIT_DIR=/path/to/tuyen-truyen-phap-luat.git sh test/real/heldout-fresh2/fetch-large.sh
set -eu
dir=test/real/heldout-fresh2
. test/real/fetch-lib.sh
fetch vi-phuong-158/tuyen-truyen-phap-luat fb62708b39004c02dd79fbcfcc2d376dbab8d793 "Quy_che_phoi_hop_quan_ly_NNN_Phu_Tho.pdf" f02_QD_province_63-2025-QD-CTUBND.pdf fa32dd78ec13c4c7cc2b5629105b298822d21022db5ec1a9e706228acf5054d8 "${TTPL_GIT_DIR:-}"
