#!/bin/sh
# Fetches the held-out file of this folder too large to commit (see SOURCES.md) and checks its sha256.
# A whole file of one public snapshot, unchanged.
# Run from the repository root: sh test/real/heldout-fresh16-scans/fetch-large.sh
# With a local clone: NOM_VN_GIT_DIR=/path/to/nom-vn/.git sh test/real/heldout-fresh16-scans/fetch-large.sh
set -eu
dir=test/real/heldout-fresh16-scans
. test/real/fetch-lib.sh
c=867c28f77ae21c6a0ef302a8acec5b72bd15e2d0
fetch nrl-ai/nom-vn $c "benchmarks/data/vn_documents_ocr_v2/sources/tt_37_bca_vehicle.pdf" x02_TT_central_37-2026-TT-BCA_colour160_p1.pdf 5f80b4757e7ac7adf8e381674e6d20e6cb44c9d0278857affe8c4a0987ec5af5 "${NOM_VN_GIT_DIR:-}"
# Trangsct/skill-sct: TRANGSCT_GIT_DIR=/path/to/skill-sct/.git for a local clone
t=3821ed3bb6381b6340da81feaa135a329b025137
fetch Trangsct/skill-sct $t "kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/QD-2336-2026-CTDT-KCN-Phu-Xuan.pdf" x07_QD_province_laocai_2336-QD-UBND_docucentre200.pdf bd50c1d4e94b95a540441a7a155116009ff6ee91b4047b797e442e6e2c99a8e8 "${TRANGSCT_GIT_DIR:-}"
