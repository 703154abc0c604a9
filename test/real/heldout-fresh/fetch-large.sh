#!/bin/sh
# Fetches the held-out files of this folder too large to commit (see SOURCES.md) and checks their sha256.
# Both are whole files of public snapshots, unchanged.
# Run from the repository root: sh test/real/heldout-fresh/fetch-large.sh
# With local bare clones: TUONGMAI_GIT_DIR=/path/to/phuongtuongmai.github.io.git PHUONG1_GIT_DIR=/path/to/ttdtxaphuong.git sh test/real/heldout-fresh/fetch-large.sh
set -eu
dir=test/real/heldout-fresh
. test/real/fetch-lib.sh
fetch phuongtuongmai/phuongtuongmai.github.io d1aa3467da154a5a00d53d088b541adbc1369763 "res/pdf/NQ-19-2026.pdf" s04_NQ_city_19-NQ-HDND_hpscan.pdf e1f7d184eddf87c11a2c9ec75c2dcdbad5413023a9de554fd3e59d87280b5b53 "${TUONGMAI_GIT_DIR:-}"
fetch yenduy0309/ttdtxaphuong c87660ecd6700a44f7f7960f0aa67c8be452c0e8 "ttxaphuong/Pdf/A1/file_17428744011.pdf" f05_KH_city_2144-KH-UBND.pdf c61e3f43fc9a3e0bebc779c614ba0de6ff6ac450daf492af0df64838215f227d "${PHUONG1_GIT_DIR:-}"
