//! The pure calculator (MODEL.md). Knows nothing of the browser: no yew, web-sys, wasm-bindgen or gloo,
//! so `cargo test` runs it natively and the same code runs in WASM.
