from notecheck._cli import main

raise SystemExit(main())
