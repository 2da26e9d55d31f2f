//! Generated workspaces for benchmarks (native criterion and browser): the largest profile the
//! budgets in DESIGN §5 are set for. Not part of the product's behaviour.
