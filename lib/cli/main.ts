console.log("dlens");
