process.stdout.write("zsyz\n");
