package lexicon

// Numbers that name a model or a format, not a quantity: the kind rules
// aircraft-model and film-gauge (quantity/kindforms.go) read these rows.

// AircraftModels are airliner families named by a bare number: "the 737
// Max", "a 737 NG plane", "the 777 program" (Boeing's 7x7 series).
var AircraftModels = map[float64]bool{707: true, 717: true, 727: true, 737: true, 747: true, 757: true, 767: true, 777: true, 787: true}

// AircraftWords follow an airliner family's number: its variant ("Max",
// "NG", "X", "Dreamliner") or a noun for the aircraft or its programme
// ("jet", "plane", "program", "fleet"). "the 737 passengers" counts.
var AircraftWords = WordSet(`Max MAX NG X ER Dreamliner Dreamliners jet jets jetliner jetliners plane planes aircraft
airliner airliners airplane airplanes freighter freighters program programme fleet fleets family model models
variant variants order orders crash crashes grounding cockpit cockpits fuselage fuselages wing wings engine engines`)

// FilmGauges are the widths of motion-picture film in millimetres: "16mm
// film stock", "a 35mm camera", "shot on 70mm".
var FilmGauges = map[float64]bool{8: true, 9.5: true, 16: true, 35: true, 65: true, 70: true}

// FilmWords follow a film gauge: "16mm film", "35mm cameras", "70mm
// prints" ("a 35mm lens" is a focal length, a measure).
var FilmWords = WordSet(`film films stock camera cameras print prints footage format projector projectors photography
negative negatives movie movies cinema reel reels`)

// VersionedNames are software, languages and operating systems whose
// releases are named by a number after the name: "Python 3", "Perl 5 to
// 6", "Windows 11", "Android 14", "JDK 25", "iOS 17.2". (Names that are
// common words or people, "Swift", "Go", "Rust", are left out.)
var VersionedNames = WordSet(`Python Perl Ruby Java JDK PHP Node Rails Django Angular Kotlin Scala Julia
Android iOS iPadOS macOS watchOS tvOS visionOS Windows Ubuntu Debian Fedora RHEL CentOS Drupal WordPress
Joomla PostgreSQL MySQL Postgres Redis Elasticsearch Kubernetes Unity Unreal Photoshop Excel Office HTML
CSS ECMAScript TypeScript Lua Haskell Erlang Elixir Fortran COBOL Matlab MATLAB Qt GTK OpenGL DirectX Vulkan`)
