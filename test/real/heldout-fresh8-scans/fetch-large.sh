#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh8-scans/fetch-large.sh
# With a local clone: QLCV_SO4T_GIT_DIR=/path/to/qlcv_so4t/.git sh test/real/heldout-fresh8-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh8-scans
. test/real/fetch-lib.sh
c=135928e2cccb8d5aa45bd0338bf61743935ba55a
fetch anpham293/qlcv_so4t $c "congvan/1690278690-01btc-cv.pdf" s07_CV_central_01-BTC-CV_hpscan300_saoy.pdf 763b1ff7710f504997d3850d5720da95a26d86f09a6884b1efa2ffcb3a304a0e "${QLCV_SO4T_GIT_DIR:-}"
