# Spanish messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-expediente-personal", "Lucía Fernández Ortega <lucia.fernandez@acme-corp.example>",
"Solicitud de mi expediente personal",
"""Hola,

Trabajo en el equipo de soporte de Acme Nómina en Madrid desde 2021. Me gustaría obtener una
copia completa de mi expediente personal: contrato y anexos, evaluaciones de desempeño, registros
de jornada y cualquier anotación de mis responsables.

¿Tengo que rellenar algún formulario o basta con este correo?

Gracias,
Lucía Fernández Ortega
""", R(["Access"], "lucia.fernandez@acme-corp.example", "Lucía", "Fernández Ortega"))

add("es-02-borren-cv", "Javier Martín Rubio <javi.martin.rubio@correo-es.example>", "borrar mi cv",
"""buenas, mande mi curriculum hace un año para repartidor en el centro de getafe y me siguen
llamando para ofertas. ya tengo trabajo, porfavor borren mi cv y mis datos de su base de
candidatos. gracias

Javier Martín
""", R(["Erasure"], "javi.martin.rubio@correo-es.example", "Javier", "Martín Rubio"))

add("es-03-foto-puerta", "Rocío Jiménez Castillo <rocio.jimenez@telefonica-mail.example>",
"Foto de la entrega con mi hijo",
"""Buenas tardes:

El pasado martes su repartidor dejó un paquete en mi casa y le hizo una foto "como prueba de
entrega". En la foto aparece mi hijo de 12 años recogiendo el paquete en la puerta, y la foto
ahora está en el seguimiento del envío, que puede ver cualquiera con el enlace.

Quiero que eliminen esa fotografía de sus sistemas cuanto antes.

Número de envío: ES2026110488172.

Rocío Jiménez Castillo
""", R(["Erasure"], "rocio.jimenez@telefonica-mail.example", "Rocío", "Jiménez Castillo"),
    ct=LATIN1, encode="latin-1")

add("es-04-grabaciones-piscina", "Manuel Ortega Vidal <manuel.ortega.vidal@correo-es.example>",
"Solicitud de grabaciones - caída en la piscina del Hotel Acme Málaga",
"""Estimados señores:

El día 29 de octubre, sobre las 17:00 horas, sufrí una caída en la zona de la piscina del Hotel
Acme Málaga Centro debido a que el suelo estaba mojado y no había señalización. Me atendieron en
urgencias (fractura de muñeca).

Al amparo del artículo 15 del RGPD, solicito copia de las grabaciones de videovigilancia en las
que aparezco, entre las 16:45 y las 17:30 de ese día, para presentarlas a mi aseguradora.

Atentamente,
Manuel Ortega Vidal
DNI 12345678Z
""", R(["Access"], "manuel.ortega.vidal@correo-es.example", "Manuel", "Ortega Vidal"))

add("es-05-contrato-encargado", "Marta Sánchez <marta.sanchez@conservas-cantabrico.example>",
"Contrato de encargado del tratamiento - Acme Nómina",
"""Buenos días:

Somos clientes de Acme Nómina desde enero. Nuestra asesoría nos indica que debemos tener firmado
un contrato de encargado del tratamiento conforme al artículo 28 del RGPD. ¿Podrían enviarnos
su modelo, o bien firmar el nuestro? Les adjunto nuestra plantilla.

Un saludo,

Marta Sánchez
Responsable de RRHH
Conservas del Cantábrico S.L.
Tel. 942 00 00 00
""", R(["Unknown"], "marta.sanchez@conservas-cantabrico.example", "Marta", "Sánchez"))

add("es-06-alojamiento-datos", "Alberto Navarro <a.navarro@clinicas-levante.example>",
"Consulta sobre ubicación de los datos de nómina",
"""Hola,

Desde el departamento de sistemas de Clínicas Levante nos preguntan:
¿En qué país están alojados los datos de nómina de nuestros empleados? ¿Hay transferencias
internacionales a terceros países (por ejemplo, soporte desde fuera de la UE)? ¿Qué
subencargados utilizan?

Gracias de antemano,
Alberto Navarro
""", R(["Information"], "a.navarro@clinicas-levante.example", "Alberto", "Navarro"))

add("es-07-whatsapp-mayusculas", "Encarni López <encarnilopez64@correo-es.example>", "WHATSAPP",
"""POR FAVOR DEJEN DE MANDARME OFERTAS DE SUS HOTELES POR WHATSAPP. NO HE DADO PERMISO PARA ESO.
ENCARNI LOPEZ
""", R(["Opposition"], "encarnilopez64@correo-es.example", "Encarni", "López"))

add("es-08-ex-empleado", "Antonio Gil Herrera <antonio.gil.herrera@correo-es.example>",
"Ex trabajador - acceso y supresión de datos",
"""Buenos días,

Trabajé como recepcionista en el Hotel Acme Barcelona Diagonal entre 2017 y 2022. Solicito, por
un lado, que me informen de qué datos personales míos siguen conservando y me envíen una copia, y
por otro, que supriman todos aquellos que ya no estén obligados a conservar por ley.

Saludos cordiales,
Antonio Gil Herrera
""", R(["Access", "Erasure"], "antonio.gil.herrera@correo-es.example", "Antonio", "Gil Herrera"))

add("es-09-dni-nomina", "Yolanda Prieto <yolanda.prieto@correo-es.example>", "DNI mal en las nóminas",
"""Hola, trabajo en una empresa que usa su programa de nóminas. En mis nóminas sale mal el DNI
(pone 50112233K y es 50112238K) y en la empresa me dicen que lo tienen que corregir ustedes.
¿Pueden arreglarlo? Me está dando problemas con Hacienda.

Yolanda Prieto

Enviado desde mi Samsung Galaxy
""", R(["Rectification"], "yolanda.prieto@correo-es.example", "Yolanda", "Prieto"))

add("es-10-minibar", "Sergio Molina Peña <sergio.molina@correo-es.example>",
"Cargo de minibar en disputa",
"""Buenas:

Tras mi estancia en el Hotel Acme Valencia Puerto me han cargado 146 € de minibar que no consumí.
He abierto una reclamación. Mientras se resuelve, les pido que limiten el tratamiento de mis
datos a lo estrictamente necesario para la reclamación: que no los cedan a ninguna empresa de
recobro ni los incluyan en ningún fichero de morosos.

Sergio Molina Peña
""", R(["Restriction"], "sergio.molina@correo-es.example", "Sergio", "Molina Peña"),
    ct=CP1252, encode="cp1252")

add("es-11-algoritmo-rutas", "Wilson Andrés Cárdenas <wilson.cardenas@correo-es.example>",
"el algoritmo me quito las rutas",
"""Hola buenas

Soy repartidor autonomo con ustedes en Zaragoza. Desde hace dos semanas la aplicacion me asigna
muchas menos rutas y me ha bajado a "nivel C" sin que nadie me diga nada. Cuando pregunto al
jefe de trafico dice que "lo decide el algoritmo".

Quiero que una persona revise mi caso y me expliquen en que se basa esa clasificacion, porque
estoy ganando la mitad.

Wilson Andrés Cárdenas
""", R(["AutomatedDecision"], "wilson.cardenas@correo-es.example", "Wilson Andrés", "Cárdenas"))

add("es-12-abogada-acceso", "Beatriz Calvo Méndez <bcalvo@calvo-abogados.example>",
"Ejercicio del derecho de acceso - D. Francisco Javier Romero Soto",
"""Muy señores míos:

Me dirijo a ustedes en nombre de mi cliente, D. Francisco Javier Romero Soto, con DNI 87654321X,
quien prestó servicios como conductor-repartidor en el centro logístico de Alcalá de Henares
hasta el 15 de septiembre de 2026, según poder que se adjunta.

En su nombre, ejercito el derecho de acceso previsto en el artículo 15 del RGPD, solicitando copia
de todos sus datos personales, incluidos los registros de geolocalización del vehículo, los
registros de jornada y los informes de productividad.

Atentamente,

Beatriz Calvo Méndez
Abogada - Colegiada n.º 88.412 ICAM
Calvo Abogados Laboralistas
""", R(["Access"], "bcalvo@calvo-abogados.example", "Francisco Javier", "Romero Soto",
       representative="Beatriz Calvo Méndez"))

add("es-13-foto-hija-instagram", "Pilar Domínguez Ruiz <pilar.dominguez.ruiz@correo-es.example>",
"Foto de mi hija en vuestro Instagram",
"""Hola,

Este verano estuvimos en el Hotel Acme Lanzarote y mi hija Carla Herrero Domínguez, de 8 años,
participó en el club infantil. Hoy he visto que en el Instagram del hotel hay una foto de las
actividades del club en la que se le ve la cara perfectamente. Nadie nos pidió autorización.

Como madre, exijo que retiren esa foto y cualquier otra imagen de mi hija que tengan.

Pilar Domínguez Ruiz
""", R(["Erasure"], "pilar.dominguez.ruiz@correo-es.example", "Carla", "Herrero Domínguez",
       representative="Pilar Domínguez Ruiz"))

add("es-14-portabilidad-estancias", "Nerea Etxeberria <nerea.etxeberria@euskal-mail.example>",
"Portabilidad de mis datos de Acme Rewards",
html("Kaixo / Hola:",
     "Ejerzo mi derecho a la portabilidad: necesito mi historial de estancias, noches y nivel "
     "del programa Acme Rewards en un formato estructurado y de lectura mecánica (JSON o CSV), "
     "para presentarlo en otro programa de fidelización que me ofrece igualar el estatus.",
     "Eskerrik asko,<br>Nerea Etxeberria"),
R(["Portability"], "nerea.etxeberria@euskal-mail.example", "Nerea", "Etxeberria"), ct=HTML)

add("es-15-cuanto-cv", "Pablo Serrano <pablo.serrano.g@correo-es.example>", "una pregunta sobre mi CV",
"""Hola, no les pido que lo borren ni nada, solo me gustaría saber cuánto tiempo guardan los
currículums de los candidatos que no han sido seleccionados y si se los pasan a otras empresas
del grupo (por ejemplo a los hoteles). Gracias!

Pablo Serrano
""", R(["Information"], "pablo.serrano.g@correo-es.example", "Pablo", "Serrano"))

add("es-16-rv-recepcion", "Marina Castro <marina.castro@acme-corp.example>",
"RV: No quiero recibir más correos",
"""Buenos días, compañeros de protección de datos:

Os reenvío este correo que ha llegado a la recepción del hotel de Sevilla. Creo que os toca a
vosotros. La clienta está bastante molesta.

Marina Castro
Jefa de Recepción - Hotel Acme Sevilla Triana

-----Mensaje original-----
De: Carmen Vázquez Lorenzo <carmenvazquezl@correo-es.example>
Enviado el: domingo, 15 de noviembre de 2026 21:10
Para: recepcion.sevilla@acme-corp.example
Asunto: No quiero recibir más correos

Estuve en su hotel en 2024 y desde entonces recibo dos correos semanales de ofertas. No quiero
recibir ninguna comunicación comercial más y quiero que borren mis datos de su fichero de
clientes.

Carmen Vázquez
""", R(["Opposition", "Erasure"], "carmenvazquezl@correo-es.example", "Carmen", "Vázquez Lorenzo"))

add("es-17-cobro-doble", "Ricardo Fuentes <ricardo.fuentes@correo-es.example>", "cobro duplicado",
"""Buenas, me han cobrado dos veces la habitación del 6 al 8 de noviembre en el hotel de Bilbao
(reserva BIO-44120). Necesito que me devuelvan uno de los cargos. En recepción no me dan
solución. Gracias.

Ricardo Fuentes
""", R(["Unknown"], "ricardo.fuentes@correo-es.example", "Ricardo", "Fuentes"))

add("es-18-folleto-contratacion", "Daniela Ruiz <daniela.ruiz@acme-corp.example>",
"mi foto en el folleto de empleo",
"""Hola,

Me han dicho que van a usar una foto mía sirviendo en el restaurante del hotel para el nuevo
folleto de "Trabaja con nosotros" y para LinkedIn. No me parece bien, no quiero que se use mi
imagen para eso. Ya se lo dije a mi jefa pero me dice que lo hable con vosotros.

Gracias,
Daniela Ruiz
Camarera - Hotel Acme Madrid Retiro
""", R(["Opposition"], "daniela.ruiz@acme-corp.example", "Daniela", "Ruiz"))

add("es-19-de-donde-datos", "Isabel Moreno <isabel.moreno.s@correo-es.example>",
"¿De dónde han sacado mis datos?",
"""Buenos días:

He recibido un SMS de Acme Express con el seguimiento de un paquete a mi nombre y a mi dirección
que yo no he pedido. El paquete ha llegado (unas muestras de cosmética). Quisiera saber quién les
ha facilitado mi nombre, dirección y teléfono, y qué hacen con ellos.

Isabel Moreno
""", R(["Information"], "isabel.moreno.s@correo-es.example", "Isabel", "Moreno"))

add("es-20-testamento-digital", "José Luis Carrasco <jl.carrasco@correo-es.example>",
"Instrucciones sobre mis datos tras mi fallecimiento",
"""Estimados señores:

Tengo 78 años y estoy organizando mi testamento digital. Soy socio de Acme Rewards desde hace más
de quince años. Quiero dejar indicado que, cuando fallezca, mi hijo Luis Carrasco Peña podrá
solicitar la supresión de mi cuenta y de mis datos, y que no deseo que se le facilite a nadie más
el acceso a ellos.

¿Pueden registrar estas instrucciones y confirmármelo?

Atentamente,
José Luis Carrasco
""", R(["AdvanceDirectives"], "jl.carrasco@correo-es.example", "José Luis", "Carrasco"))

add("es-21-padre-fallecido", "Elena Aguilar Soler <elena.aguilar.soler@correo-es.example>",
"Cuenta de mi padre fallecido",
"""Hola,

Mi padre, Ramón Aguilar Peña, falleció en septiembre. Tenía una cuenta de empresa en Acme Express
para su pequeño taller, con envíos pendientes de facturar. Como heredera, solicito que me
faciliten todos los datos asociados a su cuenta (envíos, facturas, direcciones) para cerrar
sus asuntos. Puedo aportar el certificado de defunción y el libro de familia.

Elena Aguilar Soler
""", R(["Access"], "elena.aguilar.soler@correo-es.example", "Ramón", "Aguilar Peña",
       representative="Elena Aguilar Soler"))

add("es-22-task-firma-digital", "Diego Castro <diego.castro@acme-corp.example>",
"Revisión contrato proveedor de firma electrónica",
"""Hola equipo,

Vamos a integrar en Acme Nómina un proveedor de firma electrónica (FirmaYa) para que los
empleados de nuestros clientes firmen las nóminas y los contratos. Adjunto su contrato de
encargado del tratamiento y su lista de subencargados. ¿Podéis revisarlo antes del día 27?

Gracias,
Diego Castro
Product Manager
""", TASK("diego.castro@acme-corp.example", "Diego", "Castro"))

add("es-23-task-huella", "Raquel Vega <raquel.vega@acme-corp.example>",
"EIPD control horario con huella dactilar",
"""Buenos días,

Los hoteles de Canarias quieren sustituir el fichaje con tarjeta por lectores de huella
dactilar. Antes de comprarlos, ¿podéis hacer la evaluación de impacto o decirnos si ni siquiera
merece la pena planteárselo?

Un saludo,
Raquel Vega
Directora de Operaciones Canarias
""", TASK("raquel.vega@acme-corp.example", "Raquel", "Vega"))

add("es-24-task-clausula-candidatos", "Óscar Delgado <oscar.delgado@acme-corp.example>",
"Texto informativo para el formulario de candidatos",
"""Hola,

Estamos rehaciendo la página de empleo de Acme Express. Necesitamos la cláusula informativa de
protección de datos para el formulario de candidatos (y la casilla para la bolsa de empleo).
¿Nos la podéis preparar? Salimos en producción el 10 de diciembre.

Óscar Delgado
Talent Acquisition
""", TASK("oscar.delgado@acme-corp.example", "Óscar", "Delgado"))

add("es-25-inc-mochila-metro", "Adrián Santos <adrian.santos@acme-corp.example>",
"Me han robado la mochila",
"""Hola,

Os cuento: ayer por la tarde volviendo de un cliente en el metro de Madrid me robaron la
mochila. Dentro iba el portátil de la empresa y un pendrive con la migración de datos de un
cliente nuevo (unos 300 empleados: nombres, DNI, cuentas bancarias, salarios). El pendrive no
estaba cifrado, lo usaba para ir rápido. He puesto la denuncia en comisaría.

Adrián Santos
Consultor de implantación
""", INC("adrian.santos@acme-corp.example", "Adrián", "Santos"))

add("es-26-inc-excel-candidatos", "Irene Marín <irene.marin@acme-corp.example>",
"Error al enviar convocatoria",
"""Hola,

Esta mañana he enviado la convocatoria para las entrevistas de repartidores de Valencia a los 45
candidatos, pero en lugar de poner las direcciones en CCO las he puesto en "Para", y además he
adjuntado por error el Excel de seguimiento con las notas de los entrevistadores y los
teléfonos de todos. Ya me ha escrito un candidato quejándose.

¿Qué hago ahora?

Irene Marín
Selección
""", INC("irene.marin@acme-corp.example", "Irene", "Marín"))

add("es-27-inc-nominas-otra-empresa", "Lorena Pascual <lorena.pascual@correo-es.example>",
"Me ha llegado información que no es mía",
"""Hola,

Trabajo en una empresa que usa Acme Nómina. Esta mañana en el correo automático con mi nómina de
octubre venía adjunto un PDF con las nóminas de otras 12 personas de una empresa que no conozco
(Talleres Ebro). Aparecen sus nombres, DNI y sueldos. No lo he reenviado a nadie.

Lorena Pascual
""", INC("lorena.pascual@correo-es.example", "Lorena", "Pascual"))

add("es-28-inc-impresora", "Miguel Ángel Torres <miguelangel.torres@acme-corp.example>",
"impresora business center",
"""Buenas noches,

Soy el recepcionista de noche del Hotel Acme Madrid Chamartín. Un huésped me ha traído un
montón de hojas que ha encontrado en la impresora del business center: eran las fichas de
registro de los clientes de hoy (nombre, DNI, dirección, tarjeta parcialmente). Parece que alguien
mandó la impresión a la impresora equivocada. No sé cuánta gente las ha podido ver.

Miguel Ángel Torres
""", INC("miguelangel.torres@acme-corp.example", "Miguel Ángel", "Torres"))

add("es-29-fu-sin-respuesta", "Concepción Rey <concepcion.rey@correo-es.example>",
"RE: [DSR-49321] Acuse de recibo de su solicitud",
"""Buenos días,

Ha pasado más de un mes y sigo sin recibir mis datos. Les ruego que me contesten o presentaré una
reclamación ante la AEPD.

Concepción Rey

-----Mensaje original-----
De: privacy@acme-corp.example
Asunto: [DSR-49321] Acuse de recibo de su solicitud
Hemos recibido su solicitud y le responderemos en el plazo de un mes.
""", FU("49321", "concepcion.rey@correo-es.example", "Concepción", "Rey"))

add("es-30-fu-parte-medico", "Manuel Ortega Vidal <manuel.ortega.vidal@correo-es.example>",
"RE: Solicitud de grabaciones - caída en la piscina del Hotel Acme Málaga",
"""Buenas,

Les adjunto el parte de urgencias y mi DNI escaneado por si lo necesitan para localizar las
imágenes. Llevaba bañador azul y camiseta blanca.

Un saludo,
Manuel Ortega
""", FU(ref("es-04-grabaciones-piscina"), "manuel.ortega.vidal@correo-es.example", "Manuel", "Ortega Vidal"),
    headers=irt("es-04-grabaciones-piscina"))

add("es-31-fu-dni", "Jorge Hidalgo <jorge.hidalgo@correo-es.example>", "Re: [DSR-50802]",
"""Adjunto copia del DNI como me pedían. Por favor, no lo guarden más tiempo del necesario.

Jorge Hidalgo
""", FU("50802", "jorge.hidalgo@correo-es.example", "Jorge", "Hidalgo"))

add("es-32-spam-paquete-retenido", "Acme Express <avisos@acme-express-es-envios.example>",
"Su paquete está retenido - confirme sus datos",
"""Estimado cliente:

Su paquete ES98341 está retenido en nuestro almacén por una dirección incompleta. Para
reprogramar la entrega debe confirmar sus datos y abonar 1,79 € en las próximas 24 horas:

https://acme-express-es-envios.example/confirmar

Sus datos personales están protegidos según el RGPD.
Acme Express
""", IGN("spam", "avisos@acme-express-es-envios.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-express-es-envios.example")])

add("es-33-spam-sancion", "Agencia de Protección de Datos <notificaciones@aepd-sanciones.example>",
"Notificación de sanción pendiente - expediente PS/2026/8841",
"""Estimado responsable del tratamiento:

Le notificamos que se ha abierto un expediente sancionador contra su empresa por incumplimiento
del RGPD. Puede consultar el expediente y abonar la sanción reducida (40% de descuento) en el
plazo de 5 días hábiles descargando el documento adjunto:

https://aepd-sanciones.example/expediente/PS-2026-8841

Agencia de Protección de Datos
""", IGN("spam", "notificaciones@aepd-sanciones.example"), headers=SPAM_HDR)

add("es-34-fuera-oficina", "Marta Sánchez <marta.sanchez@conservas-cantabrico.example>",
"Respuesta automática: Contrato de encargado del tratamiento - Acme Nómina",
"""Hola,

Estoy fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo. Para asuntos
urgentes de personal, escribid a rrhh@conservas-cantabrico.example.

Gracias,
Marta
""", IGN("auto_reply", "marta.sanchez@conservas-cantabrico.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-35-boletin-rrhh", "RRHH Digital <boletin@rrhh-digital.example>",
"Boletín semanal: registro de jornada, algoritmos en el trabajo y protección de datos",
"""RRHH DIGITAL - Boletín semanal

* El registro de jornada digital, obligatorio: todo lo que hay que saber
* Ley rider: transparencia de los algoritmos en el reparto
* Protección de datos de los candidatos: cuánto tiempo conservar los CV
* Webinar gratuito: nómina y RGPD

Si no desea recibir este boletín, pulse aquí: https://rrhh-digital.example/baja
""", IGN("bulk", "boletin@rrhh-digital.example"),
    headers=["List-Id: Boletin RRHH Digital <boletin.rrhh-digital.example>",
             "List-Unsubscribe: <https://rrhh-digital.example/baja>", "Precedence: bulk"])
