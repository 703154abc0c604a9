#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh9-scans/fetch-large.sh
# With a local clone: SOHOAVB_GIT_DIR=/path/to/sohoavb/.git sh test/real/heldout-fresh9-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh9-scans
. test/real/fetch-lib.sh
c=7f73c58c7d516f3bd3a4c4feaf49168772ba69c5
fetch linhsama/sohoavb $c "public/uploads/1761747582082-xedq39mqg-KH_1134_Vv_xay_dung_quyen_gioi_thieu_ve_truong_DHTD_bang_tieng_anh_nhan_dip_ki_niem_20_nam_thanh_lap_truong_DHTD__09.03.2006_09.03.2026__0001.pdf" s08_KH_central_1134-KH-DHTD_hpscan200.pdf 8175d44ec589ac769c9e97603f6f2fa424df00eb22e829422bdb3346120c1f43 "${SOHOAVB_GIT_DIR:-}"
