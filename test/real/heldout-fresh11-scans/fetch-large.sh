#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh11-scans/fetch-large.sh
# With a local clone: TRACNGHIEM_GIT_DIR=/path/to/tracnghiem/.git sh test/real/heldout-fresh11-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh11-scans
. test/real/fetch-lib.sh
c=55c41ff573dc3da86175bc6e54b0562318ed86d8
fetch ngoclam99/tracnghiem $c "assets/imagesfiles/07-kh.signed-2.pdf" s05_KH_province_sonla_07-KH-BTC_hpscan240.pdf 3bb41ddc1fc7766b02074082c600a5caea011bafafb353ed8a0a1e03797f1ffc "${TRACNGHIEM_GIT_DIR:-}"
