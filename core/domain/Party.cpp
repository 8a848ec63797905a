#include "Party.h"
