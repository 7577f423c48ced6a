//! A chart with everything a reader needs around it: a title that states the finding, a text
//! alternative, the canvas (redrawn on resize and theme change), and a data-table view.

use crate::ui::box_size::watch_size;
use crate::ui::chart::{draw_bars, draw_lines, BarChart, Ink, LineChart, Surface, XAxis};
use crate::ui::charts::ChartId;
use crate::ui::on_screen::watch_on_screen;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// What to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Plot {
    Bars(BarChart),
    Lines { x: XAxis, panels: Vec<LineChart> },
}

/// A data table: a caption, column headers and rows of text cells.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Properties, PartialEq)]
pub struct ChartCardProps {
    /// Stable id, e.g. `chain`; the canvas is `chart-<id>`.
    pub id: ChartId,
    /// The scenario on screen in one line, for the PNG's footer.
    #[prop_or_default]
    pub scenario_line: AttrValue,
    pub title: AttrValue,
    /// One sentence stating what the chart shows for the current scenario.
    pub finding: AttrValue,
    /// Text alternative read by screen readers (the key numbers).
    pub alt: AttrValue,
    /// A sentence shown under the chart (empty: none).
    #[prop_or_default]
    pub note: AttrValue,
    pub plot: Plot,
    pub table: Table,
    #[prop_or(false)]
    pub tall: bool,
    /// On the 2009 replay (MODEL.md §8): the PNG's footer cites 2009's figures.
    #[prop_or(false)]
    pub replay: bool,
    /// The one chart a printed page carries ([`ChartId::printed`]).
    #[prop_or(false)]
    pub printed: bool,
}

/// The page's chart colours: dark when the host or the system asks for it.
fn current_ink() -> Ink {
    let Some(window) = web_sys::window() else {
        return Ink::LIGHT;
    };
    let forced = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-theme"));
    let dark = match forced.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    };
    if dark {
        Ink::DARK
    } else {
        Ink::LIGHT
    }
}

fn draw(canvas: &HtmlCanvasElement, plot: &Plot, css: (f64, f64)) {
    let surface = Surface::prepare(canvas, css);
    let ink = current_ink();
    let result = match plot {
        Plot::Bars(chart) => draw_bars(&surface, ink, chart),
        Plot::Lines { x, panels } => draw_lines(&surface, ink, x, panels),
    };
    if let Err(e) = result {
        // A chart that cannot draw leaves its table and text alternative; say why in the console.
        web_sys::console::warn_1(&e.into());
    }
}

/// A redraw counter.
#[derive(Default, PartialEq)]
struct Generation(u32);

impl Reducible for Generation {
    type Action = ();
    fn reduce(self: std::rc::Rc<Self>, (): ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Generation(self.0.wrapping_add(1)))
    }
}

#[component]
pub fn ChartCard(props: &ChartCardProps) -> Html {
    let canvas_ref = use_node_ref();
    let show_table = use_state(|| false);
    // Bumped on resize, zoom and theme changes so the effect below redraws. A reducer, not a
    // state handle: listeners made at mount must increment the current value, not a stale copy.
    let generation = use_reducer(Generation::default);
    // The canvas's CSS size as last laid out (ResizeObserver), so a redraw does not read
    // `clientWidth`, which would lay out the whole page in the middle of a slider move. `None`:
    // not known (read it once).
    let size = use_mut_ref(|| None::<(f64, f64)>);

    {
        let (generation, size, canvas_ref) = (generation.clone(), size.clone(), canvas_ref.clone());
        use_effect_with((), move |()| {
            let window = web_sys::window();
            let resize = window.as_ref().map(|w| {
                let (generation, size) = (generation.clone(), size.clone());
                // The size is read afresh (the zoom changes the pixel ratio too).
                EventListener::new(w, "resize", move |_| {
                    *size.borrow_mut() = None;
                    generation.dispatch(());
                })
            });
            let boxed = canvas_ref.cast::<web_sys::Element>().and_then(|c| {
                let generation = generation.clone();
                watch_size(&c, move |w, h| {
                    let mut known = size.borrow_mut();
                    // A whole pixel or more (clientWidth, read first, is rounded).
                    let moved = known
                        .is_some_and(|(kw, kh)| (kw - w).abs() >= 1.0 || (kh - h).abs() >= 1.0);
                    if known.is_none() || moved {
                        *known = Some((w, h));
                    }
                    drop(known);
                    if moved {
                        generation.dispatch(());
                    }
                })
            });
            // static/frame.js announces a host-set theme (postMessage or ?dark=).
            let host_theme = window.as_ref().map(|w| {
                let generation = generation.clone();
                EventListener::new(w, "rare-earth-risk:themechange", move |_| {
                    generation.dispatch(());
                })
            });
            let theme = window
                .as_ref()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .map(|mql| {
                    let generation = generation.clone();
                    EventListener::new(&mql, "change", move |_| generation.dispatch(()))
                });
            move || drop((resize, boxed, host_theme, theme))
        });
    }
    // A chart is drawn only while it is near the screen (within 200px), or the page is printed:
    // below a phone's first screen four canvases would otherwise be drawn, and redrawn with the
    // ranges, while the reader is still reading the figures at the top; and while a slider
    // moves, only the charts in view are redrawn (a phone has about two frames for it). One
    // that comes back near is drawn then, if what it shows has changed meanwhile.
    let near = use_state_eq(|| false);
    {
        let (canvas_ref, near) = (canvas_ref.clone(), near.clone());
        use_effect_with((), move |()| {
            // Each change gets a task of its own (a first drawing is not added to the render).
            let later = {
                let near = near.clone();
                move |v: bool| {
                    let near = near.clone();
                    Timeout::new(0, move || near.set(v)).forget();
                }
            };
            let watch = canvas_ref
                .cast::<web_sys::Element>()
                .and_then(|c| watch_on_screen(&c, "200px", later.clone()));
            if watch.is_none() {
                later(true);
            }
            // Printing from the top of a phone: the printed chart must not be blank. (The state
            // change renders and draws in this event's microtasks, before the page is printed.)
            let print = web_sys::window()
                .map(|w| EventListener::new(&w, "beforeprint", move |_| near.set(true)));
            move || drop((watch, print))
        });
    }
    {
        let canvas_ref = canvas_ref.clone();
        // What the canvas holds: the plot and generation last drawn.
        let drawn = use_mut_ref(|| None::<(Plot, u32)>);
        use_effect_with(
            (props.plot.clone(), generation.0, *near),
            move |(plot, generation, near)| {
                let fresh = drawn
                    .borrow()
                    .as_ref()
                    .is_some_and(|(p, g)| p == plot && g == generation);
                if *near && !fresh {
                    if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                        let css = *size.borrow_mut().get_or_insert_with(|| {
                            (
                                f64::from(canvas.client_width()),
                                f64::from(canvas.client_height()),
                            )
                        });
                        draw(&canvas, plot, css);
                        *drawn.borrow_mut() = Some((plot.clone(), *generation));
                    }
                }
            },
        );
    }

    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_| show_table.set(!*show_table))
    };
    let table_id = format!("table-{}", props.id);
    // The marks drawn across a line chart, `label=x;…` (x in points), for tests and tools to
    // check against the report ("stocks run out" is time to survive).
    let marks = match &props.plot {
        Plot::Lines { x, .. } if !x.marks.is_empty() => Some(
            x.marks
                .iter()
                .map(|(at, label)| format!("{label}={at:?}"))
                .collect::<Vec<_>>()
                .join(";"),
        ),
        _ => None,
    };
    // The chart as a PNG at 2× its CSS size with title and footer (png.rs); made on click.
    let download_png = {
        let canvas_ref = canvas_ref.clone();
        let (id, replay) = (props.id, props.replay);
        let (plot, line) = (props.plot.clone(), props.scenario_line.clone());
        // The image's headline: what the chart is and what it shows.
        let title = format!("{} — {}", props.title, props.finding);
        Callback::from(move |_| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                crate::ui::png::download_chart(id, replay, &line, &title, &plot, &canvas);
            }
        })
    };
    html! {
        <section class={classes!("chart", props.printed.then_some("printed"))} aria-labelledby={format!("title-{}", props.id)}>
            // The heading states the finding; the kicker above it says what the chart is.
            <p class="kicker">{ props.title.clone() }</p>
            <h2 id={format!("title-{}", props.id)} class="finding">{ props.finding.clone() }</h2>
            <canvas id={format!("chart-{}", props.id)} ref={canvas_ref} role="img" data-marks={marks}
                aria-label={props.alt.clone()} class={classes!(props.tall.then_some("tall"))}></canvas>
            if !props.note.is_empty() {
                <p class="chart-note" id={format!("note-{}", props.id)}>{ props.note.clone() }</p>
            }
            <div class="chart-tools">
                <button type="button" aria-expanded={show_table.to_string()} aria-controls={table_id.clone()}
                    onclick={toggle}>
                    { crate::i18n::t(if *show_table { "chart-hide-table" } else { "chart-show-table" }) }
                </button>
                <button type="button" class="download-png" id={format!("download-png-{}", props.id)}
                    onclick={download_png}>
                    { crate::i18n::t("chart-download-png") }<span class="visually-hidden">{ crate::i18n::tr("chart-download-png-of", &[("title", props.title.as_str().into())]) }</span>
                </button>
            </div>
            <div class="table-wrap" id={table_id} hidden={!*show_table} tabindex="0" role="region"
                aria-label={crate::i18n::tr("chart-table-label", &[("title", props.title.as_str().into())])}>
                // Built when shown: a hidden table is read by nobody and found by no search.
                if *show_table {
                <table class="data">
                    <caption>{ props.title.clone() }</caption>
                    <thead><tr>{ for props.table.headers.iter().map(|h| html!{ <th scope="col">{ h }</th> }) }</tr></thead>
                    <tbody>
                        { for props.table.rows.iter().map(|r| html!{
                            <tr>{ for r.iter().enumerate().map(|(i, c)| if i == 0 {
                                html!{ <th scope="row">{ c }</th> }
                            } else {
                                html!{ <td>{ c }</td> }
                            }) }</tr>
                        }) }
                    </tbody>
                </table>
                }
            </div>
        </section>
    }
}
