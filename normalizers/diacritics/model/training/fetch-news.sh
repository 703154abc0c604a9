#!/usr/bin/env bash
# Rebuilds news-dantri-2020-2021.txt.gz, the one training text not committed: the articles are
# dantri.com.vn's (redistributed by undertheseanlp/resources as a research corpus), so only the
# n-gram counts built from them (model/lm.bin) are in the repository. A maintainer runs this before
# `npm run build:lm` to rebuild lm.bin byte for byte; without it the build leaves the news out.
#   fetch-news.sh                 clones the source repository (needs git and the network)
#   fetch-news.sh <git-dir>       reads an existing clone or snapshot of it instead
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
commit=cbdb3c3ac065d49bd047dc55ad173181f9e846e3
folder=resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC
expected=74a8125386eb073fb53961bf3165d71651ff9f7bd284dcdd5fe7916b1db8b482
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source="${1:-}"
if [ -z "$source" ]; then
  git clone -q --filter=blob:none --no-checkout https://github.com/undertheseanlp/resources "$work/repo"
  source="$work/repo/.git"
fi
for section in business education health science society tech; do
  git --git-dir="$source" ls-tree --name-only "$commit" "$folder/" | grep "/news_${section}_.*\.txt$" | LC_ALL=C sort |
    while read -r file; do
      git --git-dir="$source" show "$commit:$file" | grep -v -e '^# doc_id = ' -e '^# url = ' -e '^# date = ' | grep -v '^[[:space:]]*$' || true
    done
done > "$work/news.txt"
echo "$expected  $work/news.txt" | sha256sum -c --quiet -
gzip -9 -n < "$work/news.txt" > "$here/news-dantri-2020-2021.txt.gz"
echo "wrote $here/news-dantri-2020-2021.txt.gz"
