// The app only runs in the browser; natively this binary is empty so `cargo test` can build
// the pure core without a browser toolchain.
#[cfg(target_arch = "wasm32")]
fn main() {
    pelita::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
