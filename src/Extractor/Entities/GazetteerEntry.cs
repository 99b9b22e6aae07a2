namespace Extractor.Entities;

/// <summary>What a gazetteer name stands for: its type and the canonical name of the place or group.</summary>
/// <param name="Type">Location or Nationality.</param>
/// <param name="Canonical">The preferred name ("Germany" for "Deutschland"; "Russian" for "Russians").</param>
internal readonly record struct GazetteerEntry(EntityType Type, string Canonical);
