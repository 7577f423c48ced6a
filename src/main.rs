//! The web entry point: mounts the app and nothing else.

fn main() {
    rare_earth_risk::ui::mount();
}
