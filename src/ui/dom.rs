//! Compact, non-generic builders for the long, mostly static pages (methodology, sources).
//!
//! `html!` expands every element inline, tens to hundreds of bytes of WASM each; these build the
//! same DOM through a few shared functions, so an element costs little more than a call. Text
//! always goes in as text nodes (never as markup).

use std::rc::Rc;
use yew::virtual_dom::{
    AttrValue, AttributeOrProperty, Attributes, Listeners, VList, VNode, VTag, VText,
};
use yew::{Html, NodeRef};

/// Static attributes, built with [`attrs!`].
pub type Attrs = &'static [(&'static str, AttributeOrProperty)];

/// `attrs!("id" = "m-plain", "class" = "formula")`: a static attribute list.
macro_rules! attrs {
    ($($k:literal = $v:literal),* $(,)?) => {{
        const A: $crate::ui::dom::Attrs =
            &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*];
        A
    }};
}
pub(crate) use attrs;

pub const NONE: Attrs = &[];
pub const ROW: Attrs = attrs!("scope" = "row");
const COL: Attrs = attrs!("scope" = "col");

/// A text node from a static string.
pub fn t(s: &'static str) -> Html {
    VNode::VText(VText::new(AttrValue::Static(s)))
}

/// A text node from a computed string.
pub fn s(s: String) -> Html {
    VNode::VText(VText::new(AttrValue::from(s)))
}

fn node(tag: &'static str, attributes: Attributes, children: Vec<Html>) -> Html {
    VNode::VTag(Rc::new(VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        attributes,
        Listeners::None,
        VNode::VList(Rc::new(VList::with_children(children, None))),
    )))
}

/// An element with static attributes.
pub fn el(tag: &'static str, attrs: Attrs, children: Vec<Html>) -> Html {
    node(tag, Attributes::Static(attrs), children)
}

/// An element whose attribute values are computed (`keys[i]` = `values[i]`).
pub fn el_dyn(
    tag: &'static str,
    keys: &'static [&'static str],
    values: Vec<AttrValue>,
    children: Vec<Html>,
) -> Html {
    let values = values
        .into_iter()
        .map(|v| Some(AttributeOrProperty::Attribute(v)))
        .collect();
    node(tag, Attributes::Dynamic { keys, values }, children)
}

/// An element holding one static text.
pub fn leaf(tag: &'static str, attrs: Attrs, text: &'static str) -> Html {
    el(tag, attrs, vec![t(text)])
}

pub fn p(children: Vec<Html>) -> Html {
    el("p", NONE, children)
}

pub fn li(children: Vec<Html>) -> Html {
    el("li", NONE, children)
}

pub fn td(children: Vec<Html>) -> Html {
    el("td", NONE, children)
}

/// `<td>` with one computed text.
pub fn td_s(text: String) -> Html {
    el("td", NONE, vec![s(text)])
}

/// `<th scope="row">` with the given children.
pub fn th_row(children: Vec<Html>) -> Html {
    el("th", ROW, children)
}

/// A scrollable, labelled data table:
/// `<div class="table-wrap" tabindex="0" role="region" aria-label=…><table class="data" id=…>`
/// with a caption, one header row of `<th scope="col">` and the body rows.
pub fn table(
    label: AttrValue,
    id: AttrValue,
    caption: Vec<Html>,
    head: &[&'static str],
    rows: Vec<Html>,
) -> Html {
    let head = head.iter().map(|h| leaf("th", COL, h)).collect();
    el_dyn(
        "div",
        &["class", "tabindex", "role", "aria-label"],
        vec![
            AttrValue::Static("table-wrap"),
            AttrValue::Static("0"),
            AttrValue::Static("region"),
            label,
        ],
        vec![el_dyn(
            "table",
            &["class", "id"],
            vec![AttrValue::Static("data"), id],
            vec![
                el("caption", NONE, caption),
                el("thead", NONE, vec![el("tr", NONE, head)]),
                el("tbody", NONE, rows),
            ],
        )],
    )
}
