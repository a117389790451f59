// Package assets holds the files embedded in the Argmap binary: the app
// icon, the sample map, the sample debate round and the JSON Schema of the
// native format. It is bytes only and imports no UI toolkit, so the domain
// and the command line can use it too.
package assets

import _ "embed"

// Icon is the app icon, a 512×512 PNG (drawn by scripts/icon).
//
//go:embed icon.png
var Icon []byte

// SampleMap is the map the app opens when it is given no file, in the
// native format (.argmap.json).
//
//go:embed sample.argmap.json
var SampleMap []byte

// SampleRound is the sample debate round (File › Open Sample › Debate
// Round, argmap sample -round): a British Parliamentary round on banning
// private cars from city centres, decided by a dropped argument, in the
// native format. scripts/roundgen writes it.
//
//go:embed sample-round.argmap.json
var SampleRound []byte

// Schema is the JSON Schema (draft 2020-12) of the native format.
//
//go:embed argmap.schema.json
var Schema []byte
