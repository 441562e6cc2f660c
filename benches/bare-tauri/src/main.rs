fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the bare app could not start its window");
}
