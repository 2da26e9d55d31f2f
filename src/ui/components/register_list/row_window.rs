//! Which rows of a long register exist in the page. A register can hold hundreds of rows of a
//! dozen fields each; building them all takes seconds and makes every keystroke lay out tens of
//! thousands of elements. Only the rows near the screen are built; the rows before and after
//! them are stood in for by empty room of the height they would take (measured once seen,
//! estimated until then), so the scroll bar and the page's length stay true.
//!
//! Pure arithmetic over heights and the visible stretch, so it is tested without a browser.

/// One stretch of a register as the page lays it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Stretch {
    /// The shown rows `start..end` (positions among the rows shown), built in the page.
    Rows { start: usize, end: usize },
    /// Room standing in for rows not built: their total height in CSS pixels.
    Room(f64),
}

/// The part of the list the screen shows, in CSS pixels from the top of the list's first row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Visible {
    /// The screen's top edge.
    pub top: f64,
    /// The screen's bottom edge.
    pub bottom: f64,
}

/// How many rows around the focused one are always built, so Tab and Shift+Tab find the next
/// and the previous row even before the page has scrolled.
const AROUND_FOCUS: (usize, usize) = (1, 2);

/// The stretches of a list whose rows are `heights` tall, built where they meet `visible`
/// widened by `margin` on each side, and around row `focused` wherever it is (the row the
/// keyboard is in is never taken out of the page).
pub fn stretches(
    heights: &[f64],
    visible: Visible,
    margin: f64,
    focused: Option<usize>,
) -> Vec<Stretch> {
    let count = heights.len();
    let mut ranges = Vec::with_capacity(2);
    if let Some(near) = rows_meeting(heights, visible.top - margin, visible.bottom + margin) {
        ranges.push(near);
    }
    if let Some(row) = focused.filter(|row| *row < count) {
        let start = row.saturating_sub(AROUND_FOCUS.0);
        ranges.push((start, (row + 1 + AROUND_FOCUS.1).min(count)));
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(2);
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }

    let mut out = Vec::with_capacity(5);
    let mut next = 0;
    for (start, end) in merged {
        room(&mut out, &heights[next..start]);
        out.push(Stretch::Rows { start, end });
        next = end;
    }
    room(&mut out, &heights[next..]);
    out
}

/// The rows from the first whose bottom is below `from` to the last whose top is above `to`;
/// none if no row meets that stretch.
fn rows_meeting(heights: &[f64], from: f64, to: f64) -> Option<(usize, usize)> {
    let mut top = 0.0;
    let mut start = None;
    for (row, height) in heights.iter().enumerate() {
        let bottom = top + height;
        if top > to {
            return start.map(|start| (start, row));
        }
        if start.is_none() && bottom > from {
            start = Some(row);
        }
        top = bottom;
    }
    start.map(|start| (start, heights.len()))
}

fn room(out: &mut Vec<Stretch>, heights: &[f64]) {
    if !heights.is_empty() {
        out.push(Stretch::Room(heights.iter().sum()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(count: usize, height: f64) -> Vec<f64> {
        vec![height; count]
    }

    fn visible(top: f64, bottom: f64) -> Visible {
        Visible { top, bottom }
    }

    #[test]
    fn at_the_top_only_the_first_rows_are_built_and_the_rest_keeps_its_height() {
        let heights = rows(500, 600.0);
        let shown = stretches(&heights, visible(0.0, 800.0), 800.0, None);
        assert_eq!(
            shown,
            vec![
                Stretch::Rows { start: 0, end: 3 },
                Stretch::Room(497.0 * 600.0)
            ]
        );
    }

    #[test]
    fn scrolled_into_the_middle_the_rows_on_screen_and_a_margin_are_built() {
        let heights = rows(500, 600.0);
        // Rows 250 and 251 are on screen; one row's worth of margin each side.
        let shown = stretches(&heights, visible(150_000.0, 150_800.0), 600.0, None);
        assert_eq!(
            shown,
            vec![
                Stretch::Room(249.0 * 600.0),
                Stretch::Rows {
                    start: 249,
                    end: 253
                },
                Stretch::Room(247.0 * 600.0),
            ]
        );
    }

    #[test]
    fn the_focused_row_and_its_neighbours_stay_built_far_from_the_screen() {
        let heights = rows(500, 600.0);
        let shown = stretches(&heights, visible(0.0, 800.0), 0.0, Some(480));
        assert_eq!(
            shown,
            vec![
                Stretch::Rows { start: 0, end: 2 },
                Stretch::Room(477.0 * 600.0),
                Stretch::Rows {
                    start: 479,
                    end: 483
                },
                Stretch::Room(17.0 * 600.0),
            ]
        );
    }

    #[test]
    fn a_focused_row_next_to_the_screen_joins_one_stretch_of_rows() {
        let heights = rows(10, 100.0);
        let shown = stretches(&heights, visible(0.0, 250.0), 0.0, Some(3));
        assert_eq!(
            shown,
            vec![Stretch::Rows { start: 0, end: 6 }, Stretch::Room(400.0)]
        );
    }

    #[test]
    fn the_page_keeps_the_length_of_every_row_whatever_is_built() {
        let heights: Vec<f64> = (0..300)
            .map(|row| 200.0 + (row % 7) as f64 * 40.0)
            .collect();
        let total: f64 = heights.iter().sum();
        for top in [0.0, 12_345.0, 40_000.0, total - 300.0] {
            let shown = stretches(&heights, visible(top, top + 700.0), 500.0, Some(150));
            let length: f64 = shown
                .iter()
                .map(|stretch| match stretch {
                    Stretch::Rows { start, end } => heights[*start..*end].iter().sum(),
                    Stretch::Room(room) => *room,
                })
                .sum();
            assert!(
                (length - total).abs() < 1e-6,
                "at {top}: {length} ≠ {total}"
            );
            assert!(shown.iter().any(|stretch| matches!(stretch,
                Stretch::Rows { start, end } if *start <= 150 && 150 < *end)));
        }
    }

    #[test]
    fn past_the_end_or_with_no_rows_nothing_is_built() {
        let heights = rows(5, 100.0);
        assert_eq!(
            stretches(&heights, visible(2_000.0, 2_500.0), 100.0, None),
            vec![Stretch::Room(500.0)]
        );
        assert_eq!(stretches(&[], visible(0.0, 800.0), 800.0, Some(0)), vec![]);
    }
}
