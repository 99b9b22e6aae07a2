namespace Extractor.Cli.Training;

/// <summary>The annotated corpora the trainer and evaluator read.</summary>
internal enum NerCorpusFormat
{
    /// <summary>OntoNotes 5.0 as <c>token TAB POS TAB BIO</c>, PTB tokens, 18 types.</summary>
    OntoNotes,

    /// <summary>CoNLL-2003 as <c>token POS chunk NER</c>, <c>-DOCSTART-</c> lines, PER/ORG/LOC/MISC.</summary>
    Conll,
}
