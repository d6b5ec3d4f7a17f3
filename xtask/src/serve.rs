//! `cargo xtask serve`: serves www/ over HTTP on loopback with the strict
//! Content-Security-Policy from DESIGN.md, so the demo proves the widget works
//! under it.

use crate::util::{root, Result};
use axum::http::{header, HeaderValue};
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// The CSP partners are promised the widget works under. Exactly as in DESIGN.md.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

pub fn run(port: u16) -> Result {
    let www = root().join("www");
    if !www.join("widget/raikit.js").exists() {
        return Err("www/widget is not built yet: run `cargo xtask build` (or `cargo xtask demo`)".into());
    }
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(serve(www, port))
}

async fn serve(www: std::path::PathBuf, port: u16) -> Result {
    // /pkg/ serves the npm package too, so the JS API can be tried (and
    // benchmarked) in a browser; the demo portal itself never loads it.
    let app = Router::new()
        .nest_service("/pkg", ServeDir::new(www.parent().expect("www has a parent").join("pkg")))
        .fallback_service(ServeDir::new(&www).append_index_html_on_directories(true))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        // The demo is rebuilt often; never let a stale widget be served.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Tests read this line to find the port when started with --port 0.
    println!("raikit demo portal: http://{addr}/");
    eprintln!("Press Ctrl-C to stop.");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("\nstopping the demo server");
        })
        .await
        .map_err(|e| e.to_string())
}
