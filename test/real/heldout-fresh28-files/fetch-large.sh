#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot (Trangsct/skill-sct at commit 3821ed3…), unchanged.
# Run from the repository root: sh test/real/heldout-fresh28-files/fetch-large.sh
# With a local bare clone of the repository: SKILLSCT_GIT_DIR=/path/to/skill-sct.git sh test/real/heldout-fresh28-files/fetch-large.sh
set -eu
dir=test/real/heldout-fresh28-files
. test/real/fetch-lib.sh
fetch Trangsct/skill-sct 3821ed3bb6381b6340da81feaa135a329b025137 "pccc-sct-vn/van-ban-goc/CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.pdf" w08_CV_province_7432-UBND-XD.pdf 2b9315a83c7823f1ac74cacb96e64bbe644ee096e4646d13a3de8eba1bc54178 "${SKILLSCT_GIT_DIR:-}"
