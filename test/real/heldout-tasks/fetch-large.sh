#!/bin/sh
# Fetches the held-out documents too large to commit (see SOURCES.md) and checks their sha256.
# Run from the repository root: sh test/real/heldout-tasks/fetch-large.sh
set -eu
dir=test/real/heldout-tasks
fetch() { # owner/repo commit path target sha256
  url="https://raw.githubusercontent.com/$1/$2/$(printf '%s' "$3" | sed 's/ /%20/g')"
  curl -fsSL "$url" -o "$dir/$4.part"
  echo "$5  $dir/$4.part" | sha256sum -c - >/dev/null
  mv "$dir/$4.part" "$dir/$4"
  echo "fetched $dir/$4"
}
fetch DoPhuoc0805/Parsing-data-from-PDF f6713ccf21510a6c4d90e63daf77bd5982f0aab0 "data/raw/CV 6582.pdf" t05_CV_city_6582-SYT-hanoi.pdf a86338b3b2c59c584b2e83e63fb85f0130d1aeeeb04f6a3e78044bda21512502
