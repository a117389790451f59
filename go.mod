module github.com/argmap/argmap

go 1.26.8

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/tools v0.39.0 // indirect
	pgregory.net/rapid v1.2.0 // indirect
)
