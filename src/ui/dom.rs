//! Compact, non-generic builders for the long, mostly static pages (methodology, sources).
//!
//! `html!` expands every element inline, tens to hundreds of bytes of WASM each; these build the
//! same DOM through a few shared functions, so an element costs little more than a call. Text
//! always goes in as text nodes (never as markup).

use std::rc::Rc;
use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, VNode, VTag, VText};
use yew::Html;

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

/// Through yew's public `VTag` API only (not the doc-hidden `VTag::__new_other` that `html!`
/// expands to, which may change in any release).
fn node(tag: &'static str, attributes: Attributes, children: Vec<Html>) -> Html {
    let mut vtag = VTag::new(AttrValue::Static(tag));
    vtag.set_attributes(attributes);
    vtag.add_children(children);
    VNode::VTag(Rc::new(vtag))
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
    head: &[&str],
    rows: Vec<Html>,
) -> Html {
    let head = head
        .iter()
        .map(|h| el("th", COL, vec![s(h.to_string())]))
        .collect();
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

/// Elements without an end tag.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "meta", "wbr"];

/// Appends `text` to `out` with `&`, `<`, `>` and `"` escaped (safe in text and in quoted
/// attribute values).
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The HTML of a static tree: elements, their attributes, text and lists. Listeners, components
/// and raw nodes have no static HTML and are left out (static trees have none).
pub fn to_html(node: &Html, out: &mut String) {
    match node {
        VNode::VText(text) => escape_into(&text.text, out),
        VNode::VList(list) => list.iter().for_each(|n| to_html(n, out)),
        VNode::VTag(tag) => {
            let name = tag.tag();
            out.push('<');
            out.push_str(name);
            for (k, v) in tag.attributes.iter() {
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                escape_into(v, out);
                out.push('"');
            }
            out.push('>');
            if VOID.contains(&name) {
                return;
            }
            if let Some(children) = tag.children() {
                to_html(children, out);
            }
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        _ => {}
    }
}

/// A long static tree (the dataset's tables, the list of sources) handed to the browser as one
/// HTML string: its parser builds the thousands of nodes natively, in a fraction of the time
/// that creating them one WebAssembly call at a time takes during the first render.
pub fn raw(node: &Html) -> Html {
    let mut html = String::with_capacity(64 * 1024);
    to_html(node, &mut html);
    Html::from_html_unchecked(AttrValue::from(html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_trees_serialise_with_text_and_attributes_escaped() {
        let tree = el(
            "p",
            attrs!("class" = "a\"b"),
            vec![
                t("1 < 2 & \"3\" > 0"),
                el_dyn(
                    "a",
                    &["href"],
                    vec![AttrValue::from("#x?a=1&b=<2>".to_string())],
                    vec![s("<script>alert(1)</script>".into())],
                ),
                Html::from_iter([leaf("em", NONE, "x"), el("br", NONE, vec![])]),
            ],
        );
        let mut out = String::new();
        to_html(&tree, &mut out);
        assert_eq!(
            out,
            "<p class=\"a&quot;b\">1 &lt; 2 &amp; &quot;3&quot; &gt; 0\
             <a href=\"#x?a=1&amp;b=&lt;2&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</a>\
             <em>x</em><br></p>"
        );
    }
}
