// Package mcp serves an argument map to AI assistants over the Model Context
// Protocol (`argmap mcp FILE`), on the official Go SDK. Its tools read the
// map, its outline, what stands and why, the layout and any export, and
// propose claims, arguments, objections and critical questions: always as
// pending suggestions, which a person accepts or rejects in the app; the
// server never accepts anything itself.
//
// Every change is an edit run through an argmap.History and saved
// atomically. Before each tool call the server reads the file again if it
// changed on disk (the user saved in the app), and it checks again just
// before writing, so that a suggestion lands on top of the user's latest
// work and never replaces it. A bad request (an unknown ID, a premise that
// would conclude itself, a text over the limits, an unknown format) is a
// tool error and leaves the file as it was.
package mcp

import (
	"context"
	"io"
	"sync"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// Version is the server's version as it introduces itself to clients.
var Version = "dev"

// Server is one map file served over MCP.
type Server struct {
	mu   sync.Mutex // one tool at a time: the doc is not safe for concurrent use
	doc  *doc
	srv  *sdk.Server
	mint argmap.Mint // the IDs and time stamps of what the tools propose
}

// New reads the map at path (any format of set; only a native map takes
// suggestions) and makes a server for it, which exports in the formats of
// set. What the tools propose gets its IDs and time stamps from mint (the
// zero Mint: random IDs, the system clock).
func New(set *formats.Set, path string, mint argmap.Mint) (*Server, error) {
	d, err := load(set, path)
	if err != nil {
		return nil, err
	}
	s := &Server{doc: d, mint: mint}
	s.srv = sdk.NewServer(&sdk.Implementation{Name: "argmap", Title: "Argmap", Version: Version}, &sdk.ServerOptions{
		Instructions: instructions,
	})
	s.addTools()
	return s, nil
}

// instructions tell a client's model how the tools fit together.
const instructions = `This server serves one argument map (claims, and arguments from premise claims to a target claim or argument, pro or con).
Read it with get_map (IDs), outline and evaluate; search it with find_claims.
Everything you add is a pending suggestion that the user accepts or rejects in Argmap: propose_claim first, then propose_argument from premise claim IDs to a target, or propose_objection / propose_critical_question on what is there.
IDs are the full UUIDs get_map returns.`

// SDK returns the MCP server, to connect it to a transport.
func (s *Server) SDK() *sdk.Server { return s.srv }

// Serve runs the server on newline-delimited JSON-RPC over in and out (a
// client's pipes to `argmap mcp`) until the client closes in or ctx ends.
func (s *Server) Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	return s.srv.Run(ctx, &sdk.IOTransport{Reader: io.NopCloser(in), Writer: nopCloser{out}})
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// read runs fn with the document, under the lock, the file read again
// first if it changed on disk.
func (s *Server) read(fn func(d *doc) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.doc.fresh(); err != nil {
		return err
	}
	return fn(s.doc)
}
