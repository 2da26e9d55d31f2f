//! A list of rows the user adds and removes (GOV.UK "add another"), for the Security Profile's
//! registers: an empty state that says what is missing, one fieldset per row named after the
//! row and saying where it stands ("Row 250 of 500"), a remove button that names the row, and
//! focus that goes somewhere sensible after each change (the new row's first field; the next
//! row, or the empty state, after a removal).
//!
//! A register can hold hundreds of rows, so only the rows near the screen are built (see
//! `row_window.rs`); the row the keyboard is in always stays built, a field asked for by an
//! error summary or a link is built on demand (`crate::ui::field_focus`), and printing builds
//! every row. Above a list of more than one row, a find box and a status choice narrow it.
//!
//! It knows nothing of what a row holds: the page gives each row's name and fields, and which
//! rows match a search.

mod find_box;
pub mod row_filter;
mod row_window;

use std::collections::HashMap;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_focus::{RevealsFields, focus_field};
use find_box::FindBox;
use row_filter::RowQuery;
use row_window::{Stretch, Visible, stretches};

/// The message keys a register list shows.
#[derive(Debug, Clone, Copy)]
pub struct RegisterTexts {
    /// Shown while the list is empty ("No business partners yet").
    pub empty: MessageKey,
    /// The add button ("Add a business partner").
    pub add: MessageKey,
    /// The name of a row not named yet, with `{number}` ("Partner 2").
    pub unnamed: MessageKey,
    /// The remove button, with `{name}` ("Remove ACME Freight").
    pub remove: MessageKey,
    /// Told to screen readers once a row is removed, with `{name}`.
    pub removed: MessageKey,
}

/// What the page gives for one row.
pub struct RegisterRow {
    /// The name the row is known by as typed (blank while unnamed).
    pub name: Signal<String>,
    /// The row's fields.
    pub fields: AnyView,
}

/// The id of the legend of row `row` in the list `list_id`. Lists use the findings path of
/// the list as their id, so this is also the id of the row's own path.
pub fn row_legend_id(list_id: &str, row: &str) -> String {
    format!("{list_id}-{row}")
}

/// The name a row shows: its own, or "Partner 2" while it has none.
/// `unnamed` is the message key of an unnamed row, with `{number}`.
pub fn row_name(locale: Locale, unnamed: MessageKey, name: &str, number: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        locale.format(unnamed, &[("number", &number.to_string())])
    } else {
        name.to_owned()
    }
}

/// The height a row is taken to have until it has been seen, in CSS pixels: about a business
/// partner's. Rows once built keep their measured height.
const UNSEEN_ROW_HEIGHT: f64 = 640.0;

/// How far beyond the screen's edges rows are built, in CSS pixels at least: scrolling a
/// little shows rows already there.
const MARGIN: f64 = 800.0;

/// One entry of the list as built: a row, or room standing in for rows not built.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    Row(String),
    /// The `n`th room of the list, this many pixels tall.
    Room(usize, f64),
}

impl Entry {
    fn key(&self) -> String {
        match self {
            Entry::Row(id) => id.clone(),
            // Room is rebuilt when its height changes: an empty element, cheap to replace.
            Entry::Room(n, height) => format!("room {n} {height}"),
        }
    }
}

/// The rows, the find box, the empty state and the add button.
#[component]
pub fn RegisterList(
    /// The list's id; rows' legends are `<id>-<row id>`, the empty state `<id>-empty`.
    #[prop(into)]
    id: String,
    /// Every row's id, in order.
    #[prop(into)]
    rows: Signal<Vec<String>>,
    /// What the find box asks for; the page narrows `shown` to it.
    query: RwSignal<RowQuery>,
    /// The ids of the rows matching `query`, in order (every row while it asks for nothing).
    #[prop(into)]
    shown: Signal<Vec<String>>,
    /// What the list says.
    texts: RegisterTexts,
    /// Adds a row and returns the id of the field to focus (the new row's first).
    on_add: Callback<(), String>,
    /// Removes the row with this id.
    on_remove: Callback<String>,
    /// The name and fields of the row with this id.
    row: Callback<String, RegisterRow>,
) -> impl IntoView {
    let locale = Locale::expect();
    let empty_id = format!("{id}-empty");
    let add_id = format!("{id}-add");
    let list_id = StoredValue::new(id.clone());
    let announcement = RwSignal::new(None::<String>);

    // Every row's number, for its unnamed name and its position.
    let numbers = Memo::new(move |_| {
        rows.with(|rows| {
            rows.iter()
                .enumerate()
                .map(|(index, id)| (id.clone(), index + 1))
                .collect::<HashMap<_, _>>()
        })
    });
    let count = Memo::new(move |_| rows.with(Vec::len));

    let holder = NodeRef::<html::Div>::new();
    let visible = RwSignal::new(Visible {
        top: 0.0,
        bottom: window_height(),
    });
    let heights = RwSignal::new(HashMap::<String, f64>::new());
    let focused = RwSignal::new(None::<String>);
    let printing = RwSignal::new(false);

    let entries = Memo::new(move |_| {
        shown.with(|shown| {
            if printing.get() {
                return shown.iter().cloned().map(Entry::Row).collect();
            }
            let heights = heights.with(|known| {
                let unseen = typical_height(known);
                shown
                    .iter()
                    .map(|id| known.get(id).copied().unwrap_or(unseen))
                    .collect::<Vec<_>>()
            });
            let focused = focused.with(|focused| {
                focused
                    .as_ref()
                    .and_then(|id| shown.iter().position(|row| row == id))
            });
            let margin = MARGIN.max(window_height());
            stretches(&heights, visible.get(), margin, focused)
                .into_iter()
                .enumerate()
                .flat_map(|(n, stretch)| match stretch {
                    Stretch::Rows { start, end } => shown[start..end]
                        .iter()
                        .cloned()
                        .map(Entry::Row)
                        .collect::<Vec<_>>(),
                    Stretch::Room(height) => vec![Entry::Room(n, height)],
                })
                .collect::<Vec<_>>()
        })
    });

    // Where the list is on screen, and how tall the rows built are, after every scroll, resize
    // and change of what is built.
    let look = move || {
        // A frame asked for just before the page was left comes after the list is gone.
        if visible.is_disposed() {
            return;
        }
        let Some(holder) = holder.get_untracked() else {
            return;
        };
        let measured = measure_rows(&holder);
        let changed = heights.with_untracked(|known| {
            measured
                .iter()
                .any(|(id, height)| known.get(id).is_none_or(|was| (was - height).abs() >= 1.0))
        });
        if changed {
            heights.update(|known| known.extend(measured));
        }
        let top = holder.get_bounding_client_rect().top();
        let seen = Visible {
            top: -top,
            bottom: window_height() - top,
        };
        if visible.with_untracked(|shown| *shown != seen) {
            visible.set(seen);
        }
    };
    Effect::new(move |_| {
        entries.track();
        request_animation_frame(look);
    });
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| look());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| look());
    let before_print = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after_print = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    let print_media = follow_print_media(printing);

    // An error summary, a link or "Add" asks for a field of a row that may not be built: find
    // the row (clearing a search that hides it), and keep it built as the focused one.
    let keep_built = move |field_id: &str| {
        let Some(row) = list_id.with_value(|list| {
            rows.with_untracked(|rows| {
                rows.iter()
                    .find(|row| {
                        let legend = row_legend_id(list, row);
                        field_id == legend
                            || field_id
                                .strip_prefix(legend.as_str())
                                .is_some_and(|rest| rest.starts_with('-'))
                    })
                    .cloned()
            })
        }) else {
            return false;
        };
        if !shown.with_untracked(|shown| shown.contains(&row)) {
            query.set(RowQuery::default());
        }
        focused.set(Some(row));
        true
    };
    let reveals = RevealsFields::new(keep_built);
    on_cleanup(move || {
        reveals.stop();
        on_scroll.remove();
        on_resize.remove();
        before_print.remove();
        after_print.remove();
        print_media.stop();
    });

    let on_focus_in = move |event: leptos::ev::FocusEvent| {
        let row = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("[data-row]").ok().flatten())
            .and_then(|row| row.get_attribute("data-row"));
        if row.is_some() && focused.with_untracked(|kept| *kept != row) {
            focused.set(row);
        }
    };

    let add = move |_| {
        announcement.set(None);
        // A new row is blank: a search would hide it.
        if query.with_untracked(|query| !query.is_everything()) {
            query.set(RowQuery::default());
        }
        let focus = on_add.run(());
        // Built now, not a frame later, even below a long first row: the user sees it at once.
        keep_built(&focus);
        request_animation_frame(move || focus_field(&focus));
    };
    let remove = move |row_id: String, name: String| {
        let index = shown.with_untracked(|shown| shown.iter().position(|r| *r == row_id));
        on_remove.run(row_id);
        announcement.set(Some(name));
        // The row that took the removed one's place, else the one before, else the empty state.
        let target = shown.with_untracked(|shown| {
            let index = index.unwrap_or(0).min(shown.len().saturating_sub(1));
            shown
                .get(index)
                .map(|next| list_id.with_value(|list| row_legend_id(list, next)))
        });
        let target = target.unwrap_or_else(|| list_id.with_value(|list| format!("{list}-empty")));
        request_animation_frame(move || focus_field(&target));
    };

    let build = move |entry: Entry| match entry {
        Entry::Room(_, height) => view! {
            <div class="app-register-list__room" aria-hidden="true"
                style:height=format!("{height}px")></div>
        }
        .into_any(),
        Entry::Row(row_id) => {
            let RegisterRow { name, fields } = row.run(row_id.clone());
            let number = {
                let row_id = row_id.clone();
                Memo::new(move |_| numbers.with(|numbers| numbers.get(&row_id).copied()))
            };
            let shown_name = Memo::new(move |_| {
                let number = number.get().unwrap_or(0);
                name.with(|name| row_name(locale, texts.unnamed, name, number))
            });
            let legend_id = list_id.with_value(|list| row_legend_id(list, &row_id));
            let data_row = row_id.clone();
            let position_id = format!("{legend_id}-position");
            let labelled_by = format!("{legend_id} {position_id}");
            let position = move || {
                locale.format(
                    msg::registers::ROW_POSITION,
                    &[
                        ("number", &number.get().unwrap_or(0).to_string()),
                        ("count", &count.get().to_string()),
                    ],
                )
            };
            view! {
                <div class="app-register-list__row" data-row=data_row>
                    <fieldset class="app-fieldset app-list-item" aria-labelledby=labelled_by>
                        <legend class="app-fieldset__legend app-fieldset__legend--m" id=legend_id
                            tabindex="-1">
                            {move || shown_name.get()}
                        </legend>
                        <p class="app-list-item__position" id=position_id>{position}</p>
                        {fields}
                        <button type="button"
                            class="app-button app-button--warning app-list-item__remove"
                            on:click=move |_| remove(row_id.clone(), shown_name.get_untracked())>
                            {move || locale.format(texts.remove, &[("name", &shown_name.get())])}
                        </button>
                    </fieldset>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <div class="app-register-list" id=id>
            <p class="app-visually-hidden" role="status">
                {move || {
                    announcement.get().map(|name| locale.format(texts.removed, &[("name", &name)]))
                }}
            </p>
            <Show when=move || { count.get() > 1 }>
                <FindBox list_id=list_id.get_value() query=query
                    shown=Signal::derive(move || shown.with(Vec::len)) count=count />
            </Show>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="app-register-list__empty" id=empty_id.clone() tabindex="-1">
                    {move || locale.t(texts.empty)}
                </p>
            </Show>
            <div class="app-register-list__rows" node_ref=holder on:focusin=on_focus_in>
                <For each=move || entries.get() key=Entry::key children=build />
            </div>
            <button type="button" class="app-button app-button--secondary" id=add_id
                on:click=add>
                {move || locale.t(texts.add)}
            </button>
        </div>
    }
}

/// The height the rows not seen yet are taken to have: the mean of those measured, so a
/// register of short rows does not reserve room for tall ones.
fn typical_height(known: &HashMap<String, f64>) -> f64 {
    if known.is_empty() {
        UNSEEN_ROW_HEIGHT
    } else {
        known.values().sum::<f64>() / known.len() as f64
    }
}

/// The height of every row built in `holder`, by row id.
fn measure_rows(holder: &web_sys::HtmlDivElement) -> Vec<(String, f64)> {
    let mut measured = Vec::new();
    let mut child = holder.first_element_child();
    while let Some(element) = child {
        if let Some(id) = element.get_attribute("data-row")
            && let Some(row) = element.dyn_ref::<web_sys::HtmlElement>()
        {
            let height = f64::from(row.offset_height());
            // A row not laid out (the page hidden) says nothing of its height.
            if height > 0.0 {
                measured.push((id, height));
            }
        }
        child = element.next_element_sibling();
    }
    measured
}

fn window_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(800.0)
}

/// Sets `printing` while the page is laid out for print, also when no `beforeprint` event
/// comes (a print preview that only switches the media, as some browsers and tools do).
fn follow_print_media(printing: RwSignal<bool>) -> PrintMedia {
    let media = window().match_media("print").ok().flatten();
    let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
        move |event: web_sys::MediaQueryListEvent| printing.set(event.matches()),
    );
    if let Some(media) = &media {
        let _ = media.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    }
    PrintMedia(StoredValue::new_local(Some((media, listener))))
}

/// The print-media listener of [`follow_print_media`], removed by [`PrintMedia::stop`].
#[derive(Clone, Copy)]
struct PrintMedia(StoredValue<Option<PrintListener>, LocalStorage>);

type PrintListener = (
    Option<web_sys::MediaQueryList>,
    Closure<dyn Fn(web_sys::MediaQueryListEvent)>,
);

impl PrintMedia {
    fn stop(self) {
        if let Some((Some(media), listener)) = self.0.try_update_value(Option::take).flatten() {
            let _ = media
                .remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        }
    }
}
