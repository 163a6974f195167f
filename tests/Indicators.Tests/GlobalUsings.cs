// The tests see every layer of the library, as a script that imports them all would.
global using Indicators.Assessment;
global using Indicators.Bulk;
global using Indicators.Reports;
global using Indicators.Rules;
global using Indicators.Rules.Syntax;
