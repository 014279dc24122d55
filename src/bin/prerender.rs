//! Writes a real HTML page for every address of Pelita into a finished build
//! (`cargo run --bin prerender -- dist`): the content as the build ships it (`dist/data/`),
//! drawn by the app's own views (`pelita::prerender`), each page in the place a static host
//! looks for it, and `pelita.html`, all of it in one file (`pelita::pocket`).
//! `scripts/tools.sh` runs it after Trunk's build.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;
    use std::sync::Arc;
    use std::{env, fs};

    use pelita::content::{load, DataFiles, ALL_FILES};
    use pelita::{pocket, poster};
    use pelita::prerender::{file_of, page, render};
    use pelita::route::Route;

    let Some(dist) = env::args().nth(1) else {
        eprintln!("usage: prerender <dist dir>");
        return ExitCode::from(2);
    };
    let dist = Path::new(&dist);
    let mut files = DataFiles::default();
    for name in ALL_FILES {
        let text = fs::read_to_string(dist.join("data").join(name)).unwrap_or_default();
        files.insert(name, serde_json::from_str(&text).map_err(|e| e.to_string()));
    }
    let catalogue = match load(&files) {
        Ok(catalogue) => Arc::new(catalogue),
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let template = match fs::read_to_string(dist.join("index.html")) {
        Ok(template) => template,
        Err(e) => {
            eprintln!("{}: {e}", dist.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    let addresses = Route::addresses(&catalogue);
    for (address, route) in &addresses {
        let Some(html) = page(&template, address, route, &render(&catalogue, address)) else {
            eprintln!("index.html has no <div id=\"boot\"> block to draw pages into");
            return ExitCode::FAILURE;
        };
        let file = dist.join(file_of(address));
        if let Some(folder) = file.parent() {
            if let Err(e) = fs::create_dir_all(folder) {
                eprintln!("{}: {e}", folder.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = fs::write(&file, html) {
            eprintln!("{}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    println!("[prerender] {} pages", addresses.len());
    // Pelita in one file, to keep and pass on (`pelita::pocket`): not a page of the site, so
    // the service worker does not precache it and the first load does not count it.
    let base = pocket::public_base(&template, env::var("PELITA_PUBLIC_URL").ok().as_deref());
    let Some(html) = pocket::pocket(&catalogue, &template, base.as_deref()) else {
        eprintln!("{}: index.html has no stylesheet, or a page no longer draws <main> or the hotline bar", pocket::FILE);
        return ExitCode::FAILURE;
    };
    if let Err(e) = fs::write(dist.join(pocket::FILE), &html) {
        eprintln!("{}: {e}", dist.join(pocket::FILE).display());
        return ExitCode::FAILURE;
    }
    match &base {
        Some(base) => println!("[prerender] {}: {} bytes, English pages at {base}", pocket::FILE, html.len()),
        None => println!("[prerender] {}: {} bytes; no https public address (pelita-public-url or PELITA_PUBLIC_URL), so no links online", pocket::FILE, html.len()),
    }
    // The wall poster (`pelita::poster`): a page with no script, not one of the app's.
    let Some(html) = poster::poster(&catalogue, &template, base.as_deref()) else {
        eprintln!("{}: the content lacks the embassy's WhatsApp lines, the job-offer checklist, the guide on fake embassy calls or the edition", poster::file());
        return ExitCode::FAILURE;
    };
    let file = dist.join(poster::file());
    if let Err(e) = file.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::write(&file, &html)) {
        eprintln!("{}: {e}", file.display());
        return ExitCode::FAILURE;
    }
    println!("[prerender] {}: the wall poster{}", poster::file(), if base.is_some() { ", with a QR code" } else { " without a QR code (no public address)" });
    ExitCode::SUCCESS
}

// The app's wasm build compiles every binary: this one only runs natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
