//! One include_str!'d catalogue, formatted as src/i18n/catalogue.rs does.
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const ENGLISH: &str = include_str!("en.ftl");

thread_local! {
    static EN: FluentBundle<FluentResource> = bundle().unwrap_or_else(|_| FluentBundle::new(Vec::new()));
}

fn bundle() -> Result<FluentBundle<FluentResource>, String> {
    let res = FluentResource::try_new(ENGLISH.to_string())
        .map_err(|(_, e)| format!("en.ftl: {} parse error(s)", e.len()))?;
    let locale = "en".parse().map_err(|_| "bad locale".to_string())?;
    let mut b = FluentBundle::new(vec![locale]);
    b.set_use_isolating(false);
    b.add_resource(res).map_err(|e| format!("en.ftl: {} error(s)", e.len()))?;
    Ok(b)
}

/// Formats message `id` with `args` (name, value); the id itself when it is missing.
pub fn t(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    EN.with(|b| {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fa), &mut errors).into_owned()
    })
}
