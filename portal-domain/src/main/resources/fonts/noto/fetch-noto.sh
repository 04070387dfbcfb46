#!/usr/bin/env bash
# Fetches the Noto fonts again from their npm packages (see README.md) and checks them against SHA256SUMS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @expo-google-fonts/noto-sans@0.4.2 @expo-google-fonts/noto-sans-arabic@0.4.3 @expo-google-fonts/noto-sans-kr@0.4.3 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
copy() { cp "$1"/package/"$2" "$here/$3"; }
copy expo-google-fonts-noto-sans-0.4.2 400Regular/NotoSans_400Regular.ttf NotoSans-Regular.ttf
copy expo-google-fonts-noto-sans-0.4.2 700Bold/NotoSans_700Bold.ttf NotoSans-Bold.ttf
copy expo-google-fonts-noto-sans-arabic-0.4.3 400Regular/NotoSansArabic_400Regular.ttf NotoSansArabic-Regular.ttf
copy expo-google-fonts-noto-sans-arabic-0.4.3 700Bold/NotoSansArabic_700Bold.ttf NotoSansArabic-Bold.ttf
copy expo-google-fonts-noto-sans-kr-0.4.3 400Regular/NotoSansKR_400Regular.ttf NotoSansKR-Regular.ttf
copy expo-google-fonts-noto-sans-kr-0.4.3 700Bold/NotoSansKR_700Bold.ttf NotoSansKR-Bold.ttf
cd "$here" && sha256sum -c SHA256SUMS
