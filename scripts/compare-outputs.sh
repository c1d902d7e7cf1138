#!/usr/bin/env bash
# Compares every command's output of this work tree with that of an earlier commit, byte for byte,
# so that a change meant to keep behaviour can show it does:
#
#   scripts/compare-outputs.sh [REV]      (default REV: HEAD)
#
# Builds REV in a temporary git worktree (its own target directory under /tmp, kept between runs)
# and this tree, then runs list, timeline, quotes and actors (as columns and with --json), check and
# convert (to JSON Lines) on the built-in corpus, each folder under tests/fixtures and a generated
# corpus of 10,000 articles (KRONIEK_COMPARE_ARTICLES to change). Prints each difference and exits 1
# if there is any.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
work=${KRONIEK_COMPARE_DIR:-/tmp/kroniek-compare}
articles=${KRONIEK_COMPARE_ARTICLES:-10000}
mkdir -p "$work"

commit=$(git rev-parse --verify "$rev^{commit}")
rm -rf "$work/tree"
git worktree prune
git worktree add --detach --force "$work/tree" "$commit" >/dev/null
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true' EXIT
echo "building $rev ($commit) and this tree"
CARGO_TARGET_DIR="$work/target" cargo build --release --quiet --manifest-path "$work/tree/Cargo.toml" --bin kroniek
cargo build --release --quiet --features generate --bin kroniek --example gen_corpus
before="$work/target/release/kroniek"
after="$PWD/target/release/kroniek"

generated="$work/corpus-$articles"
if [ ! -d "$generated" ]; then
    ./target/release/examples/gen_corpus --articles "$articles" --out "$generated" >/dev/null 2>&1
fi

# Each corpus is named by its arguments; "" is the built-in corpus.
corpora=("" "$generated")
for dir in tests/fixtures tests/fixtures/*/; do
    corpora+=("${dir%/}")
done

differences=0
run_both() {
    local label=$1
    shift
    local a b
    a=$(cd /tmp && env -i PATH="$PATH" HOME="$work/home" KRONIEK_DATA_DIR="$work/data" "$before" "$@" 2>&1; echo "exit $?")
    b=$(cd /tmp && env -i PATH="$PATH" HOME="$work/home" KRONIEK_DATA_DIR="$work/data" "$after" "$@" 2>&1; echo "exit $?")
    if [ "$a" != "$b" ]; then
        differences=$((differences + 1))
        echo "DIFFERS: kroniek $label"
        diff <(printf '%s\n' "$a") <(printf '%s\n' "$b") | head -20
    fi
}

for corpus in "${corpora[@]}"; do
    set --
    [ -n "$corpus" ] && set -- "$PWD/$corpus"
    [ "${corpus#/}" != "$corpus" ] && set -- "$corpus"
    name=${corpus:-<built-in>}
    for command in list timeline quotes actors; do
        run_both "$command $name" "$command" "$@"
        run_both "$command --json $name" "$command" --json "$@"
    done
    run_both "check $name" check "$@"
    run_both "convert --to jsonl $name" convert --to jsonl "$@"
done

if [ "$differences" -eq 0 ]; then
    echo "same: every output of ${#corpora[@]} corpora"
else
    echo "$differences outputs differ"
    exit 1
fi
