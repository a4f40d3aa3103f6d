global using Byline.Articles;
global using Byline.Data;
global using Microsoft.EntityFrameworkCore;
