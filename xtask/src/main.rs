//! Project chores: benchmarks against `../shared/bench`.
fn main() {}
