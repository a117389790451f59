package assets

import _ "embed" // for the scheme catalogue

// Schemes is the catalogue of argumentation schemes (assets/schemes.json),
// read with argmap.ParseSchemes: Walton's schemes, their premises, their
// conclusion and their critical questions, as data rather than code.
//
//go:embed schemes.json
var Schemes []byte
