//! The embedded font, shaped with rustybuzz (the shaper krilla itself uses) so the layout knows
//! each text's width before placing it: right-aligned amounts and wrapped cells.

use std::cell::RefCell;
use std::collections::HashMap;

use krilla::text::{Font, GlyphId, KrillaGlyph};

/// DejaVu Sans cut down to Latin and punctuation (see fonts/subset.sh and fonts/LICENSE-DejaVu.txt).
const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans-subset.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold-subset.ttf");

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub weight: Weight,
    pub size: f32,
    /// sRGB.
    pub color: (u8, u8, u8),
}

impl Style {
    /// The distance between two baselines of wrapped text.
    pub(crate) fn line_height(&self) -> f32 {
        self.size * 1.3
    }
}

struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
    /// Made once: making a plan costs far more than shaping a cell's text with it.
    plan: rustybuzz::ShapePlan,
}

pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
    /// Widths already measured: a statement repeats the same words on every line.
    widths: RefCell<HashMap<(String, u8, u32), f32>>,
}

impl Fonts {
    pub(crate) fn load() -> Fonts {
        let face = |data: &'static [u8]| {
            let shaper = rustybuzz::Face::from_slice(data, 0)
                .expect("the embedded font is a valid TrueType font");
            let plan = rustybuzz::ShapePlan::new(
                &shaper,
                rustybuzz::Direction::LeftToRight,
                Some(rustybuzz::script::LATIN),
                None,
                &[],
            );
            Face {
                font: Font::new(data.into(), 0)
                    .expect("the embedded font is a valid TrueType font"),
                shaper,
                plan,
            }
        };
        Fonts {
            regular: face(REGULAR),
            bold: face(BOLD),
            widths: RefCell::default(),
        }
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    pub(crate) fn font(&self, weight: Weight) -> Font {
        self.face(weight).font.clone()
    }

    /// The glyphs of one line of text, with advances relative to the font size (as krilla
    /// wants them), and the line's width at `style.size`.
    pub(crate) fn shape(&self, text: &str, style: Style) -> (Vec<KrillaGlyph>, f32) {
        let face = self.face(style.weight);
        let units_per_em = face.font.units_per_em();
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.set_script(rustybuzz::script::LATIN);
        let shaped = rustybuzz::shape_with_plan(&face.shaper, &face.plan, buffer);
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (index, (info, position)) in infos.iter().zip(positions).enumerate() {
            // The text this glyph stands for, so that copying from the PDF gives the text back.
            let start = info.cluster as usize;
            let end = infos[index + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&cluster| cluster != start)
                .unwrap_or(text.len());
            let advance = position.x_advance as f32 / units_per_em;
            width += advance * style.size;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                position.x_offset as f32 / units_per_em,
                position.y_offset as f32 / units_per_em,
                position.y_advance as f32 / units_per_em,
                start..end,
                None,
            ));
        }
        (glyphs, width)
    }

    pub(crate) fn width(&self, text: &str, style: Style) -> f32 {
        let key = (text.to_owned(), style.weight as u8, style.size.to_bits());
        if let Some(width) = self.widths.borrow().get(&key) {
            return *width;
        }
        let width = self.shape(text, style).1;
        self.widths.borrow_mut().insert(key, width);
        width
    }

    /// `text` broken into lines no wider than `max_width`: at spaces (never at the no-break
    /// spaces inside French numbers), and inside a word only when the word alone is too wide
    /// (long action keys, emails).
    pub(crate) fn wrap(&self, text: &str, style: Style, max_width: f32) -> Vec<String> {
        // Words are measured once and added up: kerning across a space is nil in this font.
        let space = self.width(" ", style);
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut current_width = 0.0;
        for word in text.split(' ').filter(|word| !word.is_empty()) {
            let word_width = self.width(word, style);
            if !current.is_empty() && current_width + space + word_width <= max_width {
                current.push(' ');
                current.push_str(word);
                current_width += space + word_width;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if word_width <= max_width {
                current = word.to_owned();
                current_width = word_width;
            } else {
                let mut pieces = self.break_word(word, style, max_width);
                current = pieces.pop().unwrap_or_default();
                current_width = self.width(&current, style);
                lines.extend(pieces);
            }
        }
        if !current.is_empty() || lines.is_empty() {
            lines.push(current);
        }
        lines
    }

    /// A word too wide for the line, cut after the last `-`, `@`, `.`, `_` or `/` that keeps a
    /// piece within the width (`accueil@north-` / `clinic.example`), else between two letters.
    /// Letters are measured one by one: kerning inside such words (keys, emails) is negligible.
    fn break_word(&self, word: &str, style: Style, max_width: f32) -> Vec<String> {
        let mut pieces: Vec<Vec<(char, f32)>> = vec![Vec::new()];
        for c in word.chars() {
            let advance = self.width(c.encode_utf8(&mut [0; 4]), style);
            let last = pieces.last_mut().expect("starts with one piece");
            let last_width: f32 = last.iter().map(|(_, width)| width).sum();
            if last.is_empty() || last_width + advance <= max_width {
                last.push((c, advance));
                continue;
            }
            // The latest separator after which the rest of the piece and this letter still fit.
            let mut rest_width = advance;
            let mut cut = last.len();
            let ends_with_separator = last.last().is_some_and(|(c, _)| "-@._/".contains(*c));
            for index in (1..last.len()).rev().filter(|_| !ends_with_separator) {
                rest_width += last[index].1;
                if rest_width > max_width {
                    break;
                }
                if "-@._/".contains(last[index - 1].0) {
                    cut = index;
                    break;
                }
            }
            let mut rest = last.split_off(cut);
            rest.push((c, advance));
            pieces.push(rest);
        }
        pieces
            .into_iter()
            .map(|piece| piece.into_iter().map(|(c, _)| c).collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: Style = Style {
        weight: Weight::Regular,
        size: 10.0,
        color: (0, 0, 0),
    };

    #[test]
    fn every_glyph_the_documents_use_is_in_the_embedded_font() {
        let fonts = Fonts::load();
        let text = "Relevé de recharges crédits Référence Envoyée Clé d’action août décembre \
                    1\u{202f}234,50 « non comptée » — … € œ Ç É ß ñ ü";
        for weight in [Weight::Regular, Weight::Bold] {
            let face = &fonts.face(weight).shaper;
            for c in text.chars().filter(|c| *c != ' ') {
                assert!(face.glyph_index(c).is_some(), "{c:?} missing in {weight:?}");
            }
        }
    }

    #[test]
    fn long_words_break_after_separators_when_they_can() {
        let fonts = Fonts::load();
        let lines = fonts.wrap("accueil@north-clinic.example", BODY, 80.0);
        assert_eq!(lines.concat(), "accueil@north-clinic.example");
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines[..lines.len() - 1] {
            assert!(line.ends_with(['@', '-', '.']), "{lines:?}");
        }
        for line in &lines {
            assert!(fonts.width(line, BODY) <= 80.0, "{lines:?}");
        }
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width() {
        let fonts = Fonts::load();
        let lines = fonts.wrap(
            "Held for a check — not counted 3f2a9c1e-7b4d-4e8f-9a0b-1c2d3e4f5a6b",
            BODY,
            60.0,
        );
        assert!(lines.len() > 3, "{lines:?}");
        for line in &lines {
            assert!(fonts.width(line, BODY) <= 60.0, "{line} is too wide");
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            "Heldforacheck—notcounted3f2a9c1e-7b4d-4e8f-9a0b-1c2d3e4f5a6b"
        );
        assert_eq!(fonts.wrap("", BODY, 60.0), vec![String::new()]);
    }
}
