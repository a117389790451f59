package mcp

func (s *Server) addTools() {
	s.addReadTools()
	s.addProposeTools()
}
