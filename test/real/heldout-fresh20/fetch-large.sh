#!/bin/sh
# Fetches the held-out files of this folder too large to commit (see SOURCES.md) and checks their sha256.
# Whole files of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh20/fetch-large.sh
# With a local clone: QLCV_SO4T_GIT_DIR=/path/to/qlcv_so4t/.git sh test/real/heldout-fresh20/fetch-large.sh
set -eu
dir=test/real/heldout-fresh20
. test/real/fetch-lib.sh
c=135928e2cccb8d5aa45bd0338bf61743935ba55a
fetch anpham293/qlcv_so4t $c "congvan/1690277773-cv-thong-bao-ban-hanh-04-chuong-trinh-nang-cao-nang-luc-cho-can-bo-tt-tt.pdf" v07_CV_central_2919-BTTTT-TBDCB.pdf d43ddde1e1adf846dcfd94768a679b3763062118b8df3516dcf4de33cf9f7489 "${QLCV_SO4T_GIT_DIR:-}"
fetch anpham293/qlcv_so4t $c "congvan/1690279090-cv-gui-so-tttt-khao-sat-ntm-2023.pdf" v08_CV_central_581-VCL-CNTT.pdf 5993a6ccc069de9900e6d75adfb0ce957cf8396dda42e85e36089b3e27f8a346 "${QLCV_SO4T_GIT_DIR:-}"
