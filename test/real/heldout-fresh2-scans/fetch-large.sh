#!/bin/sh
# Fetches the held-out scans of this folder too large to commit (see SOURCES.md) and checks their sha256.
# All three are whole files of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh2-scans/fetch-large.sh
# With a local clone: WEBXA_GIT_DIR=/path/to/webxa_new/.git sh test/real/heldout-fresh2-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh2-scans
. test/real/fetch-lib.sh
c=a436e5d857e8dc516b3de3314e86d76ddccac7be
fetch dangquocdung/webxa_new $c "public/uploads/topics/15232546651242.PDF" s03_QD_province_3499-QD-UBND_canonlayer.pdf af3d46f3283a3ce1895ea5d83dac9ff965a3211dc46e48aa0a16433f9aab30ba "${WEBXA_GIT_DIR:-}"
fetch dangquocdung/webxa_new $c "public/uploads/topics/243btttt.pdf" s10_QD_central_243-QD-BTTTT_presto-stamp.pdf b80400178eb72f3f1743dd87540e0ac894736df6d534e1e2e7a4ebaec458af52 "${WEBXA_GIT_DIR:-}"
fetch dangquocdung/webxa_new $c "public/uploads/topics/15233418321998.pdf" s13_TB_province_53-TB-HDND_hpomnipage.pdf e81da98b569445a5406fed9d9d421ab9cb2dec272b5e55feee9d5775ee8b37c4 "${WEBXA_GIT_DIR:-}"
