#!/bin/sh
# Fetches the held-out scan of this folder too large to commit (see SOURCES.md) and checks its sha256.
# Whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh28-scans/fetch-large.sh
# With a local clone: VBHC_GIT_DIR=/path/to/OCR_LOCAL_VBHC/.git sh test/real/heldout-fresh28-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh28-scans
. test/real/fetch-lib.sh
c=61aa1188242d32d0cec867f653aeab74ff73c76d
fetch QuangDuyxyz/OCR_LOCAL_VBHC $c "backup/05CT_20250517_033418.pdf" b04_CT_province_quangngai_05-CT-UBND_kodak100.pdf f86a846abc6db4f515561b2b2f769e814aeeaf1182fc7698eea4a8dbeda61db4 "${VBHC_GIT_DIR:-}"
