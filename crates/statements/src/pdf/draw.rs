//! Laid-out pages drawn with krilla.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::Document;

use super::text::Fonts;
use super::{Op, PAGE_HEIGHT, PAGE_WIDTH};
use crate::StatementError;

pub(super) fn document(
    pages: &[Vec<Op>],
    fonts: &Fonts,
    logo: Option<&Image>,
    metadata: Metadata,
) -> Result<Vec<u8>, StatementError> {
    let mut document = Document::new();
    document.set_metadata(metadata);
    for ops in pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    baseline,
                    text,
                    style,
                } => {
                    let (glyphs, _) = fonts.shape(text, *style);
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill(style.color)));
                    surface.draw_glyphs(
                        Point::from_xy(*x, *baseline),
                        &glyphs,
                        fonts.font(style.weight),
                        text,
                        style.size,
                        false,
                    );
                }
                Op::Rule {
                    x1,
                    x2,
                    y,
                    width,
                    color,
                } => {
                    let mut path = PathBuilder::new();
                    path.move_to(*x1, *y);
                    path.line_to(*x2, *y);
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: paint(*color),
                            width: *width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
                Op::Band {
                    x,
                    y,
                    width,
                    height,
                    color,
                } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(fill(*color)));
                        surface.draw_path(&path);
                    }
                }
                Op::Logo {
                    x,
                    y,
                    width,
                    height,
                } => {
                    if let (Some(logo), Some(size)) = (logo, Size::from_wh(*width, *height)) {
                        surface.push_transform(&Transform::from_translate(*x, *y));
                        surface.draw_image(logo.clone(), size);
                        surface.pop();
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|error| StatementError::Pdf(format!("{error:?}")))
}

fn paint((red, green, blue): (u8, u8, u8)) -> krilla::paint::Paint {
    rgb::Color::new(red, green, blue).into()
}

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: paint(color),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}
