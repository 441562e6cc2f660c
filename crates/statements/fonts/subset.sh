#!/usr/bin/env bash
# Remakes the embedded fonts from Debian's fonts-dejavu-core: DejaVu Sans (regular and bold) cut
# down to Latin, Latin-1, Latin Extended-A, general punctuation (incl. the narrow no-break space
# French puts before ":" and between thousands), the euro and the minus sign. Hinting is dropped:
# the PDF viewer scales outlines anyway. Needs `pip install fonttools`.
set -euo pipefail
cd "$(dirname "$0")"
ranges="U+0020-007E,U+00A0-017F,U+2010-2027,U+202F,U+2030-203A,U+20AC,U+2212"
for style in "" "-Bold"; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/DejaVuSans${style}.ttf" \
    --unicodes="$ranges" --no-hinting --layout-features='kern,liga' \
    --output-file="DejaVuSans${style}-subset.ttf"
done
