// Package text is the text layer: an article split into paragraphs (line
// breaks) and sentences (prose's segmenter, with fixes for abbreviated
// titles and months from the lexicon), and each sentence, on demand, into
// Tokens tagged with Penn Treebank tags by prose's averaged-perceptron
// model read into a hash map (tagger.go). Token is the one token type of
// the text and attribution layers. Offsets are byte offsets into the
// article text.
package text
