#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh25-scans/fetch-large.sh
# With a local clone: TRANGSCT_GIT_DIR=/path/to/skill-sct/.git sh test/real/heldout-fresh25-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh25-scans
. test/real/fetch-lib.sh
t=3821ed3bb6381b6340da81feaa135a329b025137
fetch Trangsct/skill-sct $t "kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/QD-2338-2026-CTDT-KCN-Phu-Xuan-1.pdf" z05_QD_province_laocai_2338-QD-UBND_docucentre200.pdf 4c034f5d59572fa37034e869f81e97189833ac6824812fc108952d61d738f28f "${TRANGSCT_GIT_DIR:-}"
